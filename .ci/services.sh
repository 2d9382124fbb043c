#!/usr/bin/env bash
# Postgres and Redis for the scale-out tests (test/store/postgres-contract.test.ts,
# test/queue/scale-out.test.ts). Source it so that the URLs reach the test run:
#
#   . .ci/services.sh        # installs (as root), starts, creates a role and a database,
#                            # and exports DATABASE_URL and REDIS_URL
#
# Safe to source twice: what is installed or running is left as it is.
# Postgres refuses to run as root, so its server runs as the `postgres` system user
# (pg_ctlcluster, from Debian's postgresql-common, does this for us).

communique_services() {
  local pg_role=communique pg_password=communique pg_db=communique redis_port=6379
  export DEBIAN_FRONTEND=noninteractive

  if [ "$(id -u)" = 0 ]; then
    if ! command -v pg_ctlcluster >/dev/null || ! command -v redis-server >/dev/null; then
      apt-get update -qq
      apt-get install -y -qq postgresql redis-server >/dev/null
    fi
  fi

  # Postgres: the newest installed version's "main" cluster, created if the package did not.
  local version port
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  if [ -z "$version" ]; then
    echo "services: no Postgres installed (run as root to install it)" >&2
    return 1
  fi
  local cluster
  cluster=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main"')
  if [ -z "$cluster" ]; then
    pg_createcluster "$version" main >/dev/null
    cluster=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"')
  fi
  port=$(awk '{print $3}' <<<"$cluster")
  if [ "$(awk '{print $4}' <<<"$cluster")" != online ]; then
    pg_ctlcluster "$version" main start
  fi
  local tries=0
  until su postgres -s /bin/sh -c "pg_isready -q -p $port"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30 ]; then echo "services: Postgres did not start" >&2; return 1; fi
    sleep 1
  done
  # A login role that owns its database: migrations create the unaccent extension (trusted
  # since Postgres 13, so the owner may) and schemas (the tests use one schema per store).
  su postgres -s /bin/sh -c "psql -q -p $port -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$pg_role') THEN
    CREATE ROLE $pg_role LOGIN PASSWORD '$pg_password';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $pg_db OWNER $pg_role' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$pg_db') \gexec
SQL

  # Redis: in memory only (no snapshots), on loopback.
  if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
  fi
  tries=0
  until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30 ]; then echo "services: Redis did not start" >&2; return 1; fi
    sleep 1
  done

  export DATABASE_URL="postgres://$pg_role:$pg_password@127.0.0.1:$port/$pg_db"
  export REDIS_URL="redis://127.0.0.1:$redis_port"
  echo "services: Postgres $version on port $port, Redis on port $redis_port" >&2
}

communique_services

#!/bin/sh
# One CRF model, end to end (see train_crf.py): dump the features with the perceptron's resources
# (training hints are made by train_crf.py from 2-fold jackknife predictions), train in torch (one
# thread, niced: the machine is shared), quantise into models/ner-<corpus>/.
# usage: sh scripts/ner/torch/train-crf.sh ontonotes|conll FIRST_PASS_DIR VERSION PRUNE [train_crf.py options]
set -eu
corpus=$1; first=$2; version=$3; prune=$4; shift 4
tmp=/tmp/ner-crf-$corpus
mkdir -p "$tmp"
t0=$(date +%s)
npx tsx scripts/ner/torch/dump-features.ts --corpus "$corpus" --split train --first-pass "$first" --out "$tmp/train.bin" --no-hints
npx tsx scripts/ner/torch/dump-features.ts --corpus "$corpus" --split dev --first-pass "$first" --out "$tmp/dev.bin"
rm -f "$tmp/runs.jsonl"
nice /usr/bin/python3 scripts/ner/torch/train_crf.py --train "$tmp/train.bin" --dev "$tmp/dev.bin" --out "$tmp/weights-float.bin" \
  --threads 1 --log "$tmp/runs.jsonl" "$@"
npx tsx scripts/ner/torch/ship-crf.ts --name "$corpus" --corpus "$corpus" --dump "$tmp/weights-float.bin" --first-pass "$first" \
  --version "$version" --prune "$prune" --runs "$tmp/runs.jsonl" --seconds $(( $(date +%s) - t0 )) \
  --command "sh scripts/ner/torch/train-crf.sh $corpus $first $version $prune $*" --out "models/ner-$corpus"

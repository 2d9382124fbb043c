#!/bin/sh
# The shipped OntoNotes model (1.4.0): the averaged perceptron and a CRF trained on the same hashed
# features, mixed into one linear model (scripts/ner/torch/ensemble.ts; docs/ner-experiments.md,
# "Session 3" and "Session 4"). Same runtime as either part: one weight row per feature, BIO Viterbi.
# usage: sh scripts/ner/torch/train-ensemble.sh PERCEPTRON_DIR VERSION ALPHA PRUNE
#   PERCEPTRON_DIR: a perceptron model trained by scripts/train-ner.ts --out DIR (also the first pass)
set -eu
first=$1; version=$2; alpha=$3; prune=$4
tmp=/tmp/ner-ensemble-ontonotes
mkdir -p "$tmp"
npx tsx scripts/ner/torch/dump-features.ts --corpus ontonotes --split train --first-pass "$first" --out "$tmp/train.bin" --no-hints
npx tsx scripts/ner/torch/dump-features.ts --corpus ontonotes --split dev --first-pass "$first" --out "$tmp/dev.bin"
# The CRF settings of run crf-onto-c: 2-fold jackknife hints, lr 0.1, L1 1; its best epoch has
# always been the first (docs/ner-experiments.md), so a second epoch only confirms it.
rm -f "$tmp/runs.jsonl"
nice /usr/bin/python3 scripts/ner/torch/train_crf.py --train "$tmp/train.bin" --dev "$tmp/dev.bin" --out "$tmp/crf.bin" \
  --threads 1 --jackknife 2 --lr 0.1 --l1 1 --epochs 2 --patience 1 --log "$tmp/runs.jsonl"
nice npx tsx scripts/ner/torch/ensemble.ts --crf "$tmp/crf.bin" --alphas "$alpha" --prune "$prune" --first-pass "$first" \
  --version "$version" --out-prefix "$tmp/ship" --runs "$tmp/runs.jsonl"
cp -r "$tmp/ship-$alpha/." models/ner-ontonotes/

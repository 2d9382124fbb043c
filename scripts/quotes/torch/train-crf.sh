#!/bin/sh
# The learned attribution model with CRF-mixed taggers, end to end (docs/decisions/learned-quotes.md, 1.2.0):
# (a) the averaged perceptrons (scripts/quotes/train-learned.ts, deterministic); (b) the same hashed
# features dumped for both taggers (dump-features.ts) and a linear-chain CRF trained on each by the NER
# trainer (scripts/ner/torch/train_crf.py, run as is: one thread, niced, the machine is shared); (c) each
# tagger's weights = alpha x perceptron / |perceptron| + (1 - alpha) x CRF / |CRF| (ship-tagger.ts).
# Alphas and the cue bias were chosen on PolNeAR dev with scripts/eval-polnear.ts --model DIR.
# usage: sh scripts/quotes/torch/train-crf.sh VERSION [OUT_DIR]
#   OUT_DIR: default models/quotes-polnear; scratch files in TMP_DIR (default /tmp/quotes-crf)
set -eu
version=$1; out=${2:-models/quotes-polnear}; tmp=${TMP_DIR:-/tmp/quotes-crf}
mkdir -p "$tmp"
t0=$(date +%s)
nice npx tsx scripts/quotes/train-learned.ts --epochs 10 --bits 20 --name polnear --prune 0.002 --out "$tmp/perceptron"
for t in cue role; do
  for split in train dev; do npx tsx scripts/quotes/torch/dump-features.ts --tagger $t --split $split --out "$tmp/$t-$split.bin"; done
done
nice /usr/bin/python3 scripts/ner/torch/train_crf.py --train "$tmp/cue-train.bin" --dev "$tmp/cue-dev.bin" --out "$tmp/cue-crf.bin" \
  --threads 1 --epochs 10 --patience 3 --l1 0.5
nice /usr/bin/python3 scripts/ner/torch/train_crf.py --train "$tmp/role-train.bin" --dev "$tmp/role-dev.bin" --out "$tmp/role-crf.bin" \
  --threads 1 --epochs 4 --patience 2 --l1 0.5 --lr 0.05
rm -f "$tmp"/*-train.bin "$tmp"/*-dev.bin
npx tsx scripts/quotes/torch/ship-tagger.ts --tagger cue --base "$tmp/perceptron" --dump "$tmp/cue-crf.bin" --alpha 0.5 --cue-bias 0.010 \
  --out "$tmp/mixed-cue" --command "sh scripts/quotes/torch/train-crf.sh $version"
npx tsx scripts/quotes/torch/ship-tagger.ts --tagger role --base "$tmp/mixed-cue" --dump "$tmp/role-crf.bin" --alpha 0.4 \
  --out "$out" --version "$version" --command "sh scripts/quotes/torch/train-crf.sh $version"
echo "trained in $(( $(date +%s) - t0 )) s -> $out; measure: npx tsx scripts/eval-polnear.ts --model $out"

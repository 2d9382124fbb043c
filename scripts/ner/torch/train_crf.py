#!/usr/bin/env python3
"""
Trains the tagger's linear model as a linear-chain CRF (Lafferty et al. 2001) instead of a
perceptron: the same hashed features, the same emission rows and first-order transitions, so the
result runs in the same TypeScript tagger (src/nlp/ner/model.ts) after quantisation.

Input: feature dumps written by scripts/ner/torch/dump-features.ts (dev without hints; train either
with document hints from the first-pass perceptron, or without, and then this script makes them
from 2-fold jackknife predictions: see jackknife_hints). Objective: CRF negative log-likelihood (forward algorithm,
batched over sentences), BIO-illegal transitions and starts masked out; AdaGrad (Duchi et al.
2011: per-feature step sizes suit sparse hashed features) with an optional lazy L1 penalty
(truncated gradient, Tsuruoka et al. 2009) that keeps the exported rows sparse. Dev F1 is measured
each epoch exactly as the tagger decodes: a first pass without hints, document hints from it, a
second pass; the best epoch's float weights are written in the float-dump format that
scripts/ner/torch/ship-crf.ts quantises.

usage: nice /usr/bin/python3 scripts/ner/torch/train_crf.py --train T.bin --dev D.bin --out W.bin
         [--epochs N] [--lr 0.1] [--l1 0] [--batch-tokens 600] [--threads 1] [--seed 1]
"""
import argparse
import json
import time

import numpy as np
import torch

NEG = -1.0e4  # score of a masked (BIO-illegal) transition or start


def load(path):
    raw = np.fromfile(path, dtype=np.uint8)
    head = np.frombuffer(raw, dtype=np.int32, count=10)
    magic, version = int(head[0]), int(head[1])
    if magic != 0x4452454E or version not in (1, 2):
        raise SystemExit(f"{path}: not a feature dump")
    # Version 1 had no "hints included" field: its train dumps always included them.
    L, bits, S, N, F, T, C = (int(x) for x in head[2:9])
    with_hints = int(head[9]) if version == 2 else 1
    o = 40 if version == 2 else 36

    def take(dtype, count):
        nonlocal o
        a = np.frombuffer(raw, dtype=dtype, count=count, offset=o).copy()
        o += a.nbytes
        return a

    d = dict(L=L, bits=bits, S=S, N=N, T=T, C=C, with_hints=with_hints)
    d["sent_doc"] = take(np.int32, S)
    d["sent_len"] = take(np.int32, S)
    d["tok_off"] = take(np.int32, N + 1).astype(np.int64)
    d["feats"] = take(np.int32, F)
    d["gold"] = take(np.uint8, N).astype(np.int64)
    d["word_id"] = take(np.int32, N)
    d["cap"] = take(np.uint8, N).astype(np.int64)
    d["hint_buckets"] = take(np.int32, (T + 1) * C * 2).reshape(T + 1, C, 2).astype(np.int64)
    d["sent_start"] = np.concatenate([[0], np.cumsum(d["sent_len"])[:-1]]).astype(np.int64)
    return d


def bio_constraints(L):
    """Labels are O, B-T1, I-T1, B-T2, ... (src/nlp/ner/labels.ts bioLabels)."""
    is_i = np.array([y > 0 and (y - 1) % 2 == 1 for y in range(L)])
    typ = np.array([(y - 1) // 2 if y > 0 else -1 for y in range(L)])
    allowed = np.ones((L, L), dtype=bool)
    for a in range(L):
        for b in range(L):
            if is_i[b] and (a == 0 or typ[a] != typ[b]):
                allowed[a, b] = False
    return torch.tensor(allowed), torch.tensor(~is_i), typ


def make_batches(d, batch_tokens, subset=None):
    """Sentences of similar length together (little padding), about batch_tokens tokens each."""
    lens = d["sent_len"]
    order = np.argsort(lens, kind="stable")
    order = order[lens[order] > 0]
    if subset is not None:
        order = order[subset[order]]
    batches, cur, tokens = [], [], 0
    for s in order:
        cur.append(s)
        tokens += lens[s]
        if tokens >= batch_tokens:
            batches.append(np.array(cur))
            cur, tokens = [], 0
    if cur:
        batches.append(np.array(cur))
    return [batch_tensors(d, b) for b in batches]


def batch_tensors(d, sents):
    lens = d["sent_len"][sents]
    B, T = len(sents), int(lens.max())
    tok = np.concatenate([np.arange(d["sent_start"][s], d["sent_start"][s] + d["sent_len"][s]) for s in sents])
    f_from, f_to = d["tok_off"][tok], d["tok_off"][tok + 1]
    counts = f_to - f_from
    # Feature ids of the batch's tokens, in token order; sentences are contiguous in the dump.
    idx = np.concatenate([d["feats"][d["tok_off"][d["sent_start"][s]]:d["tok_off"][d["sent_start"][s] + d["sent_len"][s]]] for s in sents])
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    pos = np.concatenate([b * T + np.arange(n) for b, n in enumerate(lens)])
    gold = np.zeros(B * T, dtype=np.int64)
    gold[pos] = d["gold"][tok]
    mask = np.zeros(B * T, dtype=bool)
    mask[pos] = True
    return dict(
        sents=sents, tok=torch.from_numpy(tok), B=B, T=T,
        idx=torch.from_numpy(idx.astype(np.int64)), offsets=torch.from_numpy(offsets.astype(np.int64)),
        pos=torch.from_numpy(pos.astype(np.int64)), gold=torch.from_numpy(gold).view(B, T),
        mask=torch.from_numpy(mask).view(B, T),
    )


def emissions(emb, b, L, extra=None, hint_pairs=None):
    e = emb(b["idx"], b["offsets"])
    if extra is not None:
        e = e + extra
    if hint_pairs is not None:
        # Document-hint features computed here (jackknife), not in the dump: two buckets per
        # hinted token, none for the others (empty bags sum to zero).
        hp = hint_pairs[b["tok"]]
        has = hp[:, 0] >= 0
        counts = has.long() * 2
        offsets = torch.cumsum(counts, 0) - counts
        e = e + emb(hp[has].reshape(-1), offsets)
    out = torch.zeros(b["B"] * b["T"], L)
    out = out.index_copy(0, b["pos"], e)
    return out.view(b["B"], b["T"], L)


def crf_nll(E, gold, mask, trans, start):
    B, T, L = E.shape
    alpha = start + E[:, 0]
    for t in range(1, T):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + E[:, t]
        alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
    log_z = torch.logsumexp(alpha, dim=1)
    m = mask.float()
    em = (E.gather(2, gold.unsqueeze(2)).squeeze(2) * m).sum(1)
    tr = (trans[gold[:, :-1], gold[:, 1:]] * m[:, 1:]).sum(1)
    return (log_z - start[gold[:, 0]] - em - tr).sum()


@torch.no_grad()
def viterbi(E, mask, trans, start):
    B, T, L = E.shape
    score = start + E[:, 0]
    backs = []
    ident = torch.arange(L).expand(B, L)
    for t in range(1, T):
        best, arg = (score.unsqueeze(2) + trans.unsqueeze(0)).max(dim=1)
        m = mask[:, t:t + 1]
        score = torch.where(m, best + E[:, t], score)
        backs.append(torch.where(m, arg, ident))
    y = score.argmax(1)
    path = [y]
    for bp in reversed(backs):
        y = bp.gather(1, y.unsqueeze(1)).squeeze(1)
        path.append(y)
    path.reverse()
    return torch.stack(path, 1)


def spans(tags, typ):
    """Entity spans of a label sequence, as conlleval and scripts/ner/data.ts bioSpans count them."""
    out, start, cur = set(), -1, -1
    for i, y in enumerate(tags):
        ty = typ[y] if y > 0 else -1
        begins = ty >= 0 and ((y - 1) % 2 == 0 or ty != cur)
        if cur >= 0 and (ty < 0 or begins):
            out.add((start, i, cur))
            cur = -1
        if begins:
            start, cur = i, ty
    if cur >= 0:
        out.add((start, len(tags), cur))
    return out


def f1_score(d, pred, typ):
    tp = fp = fn = 0
    for s in range(d["S"]):
        a, n = d["sent_start"][s], d["sent_len"][s]
        g, p = spans(d["gold"][a:a + n], typ), spans(pred[a:a + n], typ)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    pr = tp / max(1, tp + fp)
    rc = tp / max(1, tp + fn)
    return 2 * pr * rc / max(1e-9, pr + rc)


def document_hints(d, pred, n_types):
    """src/nlp/ner/model.ts documentHints: the type most often predicted for the same capitalised
    word elsewhere in the document (the token's own prediction not counted), 1-based; 0 when none."""
    tok_doc = np.repeat(d["sent_doc"], d["sent_len"])
    ty = np.where(pred > 0, (pred - 1) // 2, -1) + 1
    cap_tok = np.nonzero(d["word_id"] >= 0)[0]
    keys = tok_doc[cap_tok].astype(np.int64) * (int(d["word_id"].max()) + 1) + d["word_id"][cap_tok]
    _, inv = np.unique(keys, return_inverse=True)
    counts = np.zeros((inv.max() + 1 if len(inv) else 0, n_types + 1), dtype=np.int64)
    np.add.at(counts, (inv, ty[cap_tok]), 1)
    c = counts[inv].copy()
    c[np.arange(len(cap_tok)), ty[cap_tok]] -= 1
    c = c[:, 1:]
    best = c.max(1)
    arg = c.argmax(1) + 1  # first maximum, as the strict ">" scan in TypeScript
    hints = np.zeros(d["N"], dtype=np.int64)
    hints[cap_tok] = np.where(best > 0, arg, 0)
    return hints


@torch.no_grad()
def predict(emb, batches, d, trans, start, L, extra_rows=None):
    pred = np.zeros(d["N"], dtype=np.int64)
    for b in batches:
        extra = extra_rows[b["tok"]] if extra_rows is not None else None
        path = viterbi(emissions(emb, b, L, extra), b["mask"], trans, start)
        pred[b["tok"].numpy()] = path.view(-1)[b["pos"]].numpy()
    return pred


@torch.no_grad()
def evaluate_two_pass(emb, batches, d, trans, start, L, typ):
    first = predict(emb, batches, d, trans, start, L)
    hints = document_hints(d, first, d["T"])
    rows = torch.zeros(d["N"], L)
    has = np.nonzero(hints > 0)[0]
    if len(has):
        buckets = d["hint_buckets"][hints[has], d["cap"][has]]  # (n, 2)
        w = emb.weight
        rows[torch.from_numpy(has)] = w[torch.from_numpy(buckets[:, 0])] + w[torch.from_numpy(buckets[:, 1])]
    second = predict(emb, batches, d, trans, start, L, rows)
    return f1_score(d, first, typ), f1_score(d, second, typ)


def hint_pairs_of(d, hints):
    """Per token, the two hint feature buckets (src/nlp/ner/features.ts hintBuckets), -1 when none."""
    pairs = np.full((d["N"], 2), -1, dtype=np.int64)
    has = np.nonzero(hints > 0)[0]
    pairs[has] = d["hint_buckets"][hints[has], d["cap"][has]]
    return torch.from_numpy(pairs)


class Average:
    """Running average of the weights, sampled every `every` batches (Polyak averaging; the
    averaged perceptron's regulariser, applied to the CRF)."""

    def __init__(self, params, every):
        self.params, self.every, self.count, self.batches = params, every, 0, 0
        self.avg = [p.detach().clone() for p in params]

    def step(self):
        self.batches += 1
        if self.batches % self.every:
            return
        self.count += 1
        with torch.no_grad():
            for a, p in zip(self.avg, self.params):
                a.add_((p.detach() - a) / self.count)


def train_epoch(emb, trans, start, opts, batches, masks, rng, hint_pairs=None, l1=0.0, lr=0.1, n_sent=1, average=None):
    trans_mask, start_mask = masks
    state = opts[0].state[emb.weight]
    total = 0.0
    for k in rng.permutation(len(batches)):
        b = batches[k]
        E = emissions(emb, b, trans.shape[0], hint_pairs=hint_pairs)
        loss = crf_nll(E, b["gold"], b["mask"], trans + trans_mask, start + start_mask)
        for o in opts:
            o.zero_grad()
        loss.backward()
        for o in opts:
            o.step()
        total += loss.item()
        if l1 > 0:
            # Truncated gradient on the rows this batch touched: shrink towards 0 by the
            # feature's own AdaGrad step times the penalty, clipping at 0.
            rows = torch.unique(b["idx"])
            with torch.no_grad():
                w = emb.weight[rows]
                step = lr * l1 * b["B"] / n_sent / (state["sum"][rows].sqrt() + 1e-10)
                emb.weight[rows] = torch.sign(w) * torch.clamp(w.abs() - step, min=0.0)
        if average is not None:
            average.step()
    return total


def new_model(bits, L, lr):
    emb = torch.nn.EmbeddingBag(1 << bits, L, mode="sum", sparse=True)
    torch.nn.init.zeros_(emb.weight)
    trans = torch.nn.Parameter(torch.zeros(L, L))
    start = torch.nn.Parameter(torch.zeros(L))
    opts = [torch.optim.Adagrad([emb.weight], lr=lr), torch.optim.Adagrad([trans, start], lr=lr)]
    return emb, trans, start, opts


def jackknife_hints(d, k_folds, epochs, batch_tokens, masks, lr, rng, log):
    """Training-set hints from predictions of models that never saw the document: the documents are
    split into k folds, a CRF without hints is trained on the other folds and tags the held-out one,
    so the hints are as imperfect as a first pass on unseen text (no train/test mismatch)."""
    fold_of_sent = d["sent_doc"] % k_folds
    pred = np.zeros(d["N"], dtype=np.int64)
    for f in range(k_folds):
        emb, trans, start, opts = new_model(d["bits"], d["L"], lr)
        fit = make_batches(d, batch_tokens, fold_of_sent != f)
        for _ in range(epochs):
            train_epoch(emb, trans, start, opts, fit, masks, rng, lr=lr)
        held = make_batches(d, 4000, fold_of_sent == f)
        fold_pred = predict(emb, held, d, trans + masks[0], start + masks[1], d["L"])
        toks = np.concatenate([b["tok"].numpy() for b in held])
        pred[toks] = fold_pred[toks]
        log(f"jackknife fold {f + 1}/{k_folds}: trained on {sum(b['B'] for b in fit)} sentences")
    return document_hints(d, pred, d["T"])


def export(path, emb, trans, start, allowed, start_ok):
    """Float dump (scripts/ner/float-dump.ts): uint32 lengths, float32 emission rows, float64
    transitions and starts. Masked transitions are written as 0: the tagger never takes them."""
    w = emb.weight.detach().numpy().astype(np.float32).ravel()
    tw = (trans.detach() * allowed).numpy().astype(np.float64).ravel()
    sw = (start.detach() * start_ok).numpy().astype(np.float64).ravel()
    with open(path, "wb") as fh:
        fh.write(np.array([w.size, tw.size, sw.size], dtype=np.uint32).tobytes())
        fh.write(w.tobytes())
        fh.write(tw.tobytes())
        fh.write(sw.tobytes())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--l1", type=float, default=0.0, help="L1 weight on the whole training objective (applied lazily, to the rows a batch touches)")
    ap.add_argument("--batch-tokens", type=int, default=600)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--patience", type=int, default=3)
    ap.add_argument("--log", default=None, help="append one JSON line per epoch")
    ap.add_argument("--jackknife", type=int, default=2, help="folds for training-set hints when the dump has none")
    ap.add_argument("--jackknife-epochs", type=int, default=1)
    ap.add_argument("--average", type=int, default=0, help="average the weights every N batches (0: off)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    t0 = time.time()

    train, dev = load(args.train), load(args.dev)
    L, bits = train["L"], train["bits"]
    if (dev["L"], dev["bits"]) != (L, bits):
        raise SystemExit("train and dev dumps disagree on labels or hash size")
    allowed, start_ok, typ = bio_constraints(L)
    trans_mask = torch.where(allowed, 0.0, NEG)
    start_mask = torch.where(start_ok, 0.0, NEG)
    train_b = make_batches(train, args.batch_tokens)
    dev_b = make_batches(dev, 4000)
    print(f"[{time.time() - t0:.0f}s] {train['S']} train sentences in {len(train_b)} batches, {dev['S']} dev sentences", flush=True)

    masks = (trans_mask, start_mask)
    log = lambda msg: print(f"[{time.time() - t0:.0f}s] {msg}", flush=True)
    hint_pairs = None
    if not train["with_hints"] and args.jackknife > 1:
        hints = jackknife_hints(train, args.jackknife, args.jackknife_epochs, args.batch_tokens, masks, args.lr, rng, log)
        hint_pairs = hint_pairs_of(train, hints)
        log(f"jackknife hints on {int((hints > 0).sum())} of {train['N']} training tokens")
    emb, trans, start, opts = new_model(bits, L, args.lr)
    average = Average([emb.weight, trans, start], args.average) if args.average > 0 else None
    # With averaging, dev is measured and weights are exported from the average.
    avg_emb = torch.nn.EmbeddingBag(1 << bits, L, mode="sum", sparse=True) if average else emb

    best, since = -1.0, 0
    for epoch in range(1, args.epochs + 1):
        te = time.time()
        total = train_epoch(emb, trans, start, opts, train_b, masks, rng, hint_pairs, args.l1, args.lr, train["S"], average)
        if average:
            avg_emb.weight.data = average.avg[0]
            e_emb, e_trans, e_start = avg_emb, average.avg[1], average.avg[2]
        else:
            e_emb, e_trans, e_start = emb, trans, start
        f_first, f_two = evaluate_two_pass(e_emb, dev_b, dev, e_trans + trans_mask, e_start + start_mask, L, typ)
        nz = int((e_emb.weight.detach().abs() > 1e-6).sum())
        line = dict(epoch=epoch, loss=round(total, 1), devF1FirstPass=round(100 * f_first, 2), devF1=round(100 * f_two, 2),
                    nonzero=nz, seconds=round(time.time() - te))
        print(f"[{time.time() - t0:.0f}s] " + json.dumps(line), flush=True)
        if args.log:
            with open(args.log, "a") as fh:
                fh.write(json.dumps(dict(line, lr=args.lr, l1=args.l1, average=args.average, jackknife=0 if train["with_hints"] else args.jackknife, train=args.train)) + "\n")
        if f_two > best:
            best, since = f_two, 0
            export(args.out, e_emb, e_trans, e_start, allowed.float(), start_ok.float())
        else:
            since += 1
            if since >= args.patience:
                break
    print(f"[{time.time() - t0:.0f}s] best dev F1 {100 * best:.2f}, weights in {args.out}", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a deterministic synthetic content folder: SECTIONS `## Question?` sections spread
evenly over DOCS markdown documents with YAML front matter, the shapes the FAQ uses (paragraphs,
emphasis, links, lists, a table now and then, code), made from SEED alone.

    make_corpus.py --seed 8 --sections 1000 --documents 10 OUTDIR
    make_corpus.py --seed 8 --sections 10000 --documents 100 --vocabulary natural OUTDIR

The default vocabulary is the 60 words of WORDS: every corpus the benchmarks have compared since
the first used it, so it stays, byte for byte. Real content has far more words, and the number
of distinct words is what sizes a search index's tables of stems and words.
`--vocabulary natural` draws from 40,000 made-up words the way text draws from its words
(Zipf's law: a few very common, most rare; the commonest are English function words, then
WORDS), so that 10,000 sections hold tens of thousands of distinct words, and its answers vary
in length as real ones do (most short, a few ten times as long).
"""
import argparse
import bisect
import itertools
import pathlib
import random

WORDS = ("gdpr soc type compliance audit encryption encrypted keys rotation kubernetes cluster "
         "workspace secrets data access control policy token certificate tls storage database "
         "container image registry network firewall vulnerability penetration incident response "
         "customer privacy retention deletion logging monitoring identity sso saml oauth backup "
         "region gitpod github repository source code staff support isolation namespace").split()

FUNCTION_WORDS = ("the of and to a in is that for it as with was on be by are this not or from "
                  "at which but have an they you all can has we there been if more when will "
                  "would who so no our their do any each may only its other than then these "
                  "should must how what where does also into such about within your").split()


class SmallVocabulary:
    """WORDS, each as likely as the others; paragraphs per answer as the first corpora had."""

    def word(self, rng):
        return rng.choice(WORDS)

    def paragraphs(self, rng):
        return rng.randint(1, 3)


class NaturalVocabulary:
    """`count` words, rank r drawn with weight 1 / (r + 2.7) (Zipf-Mandelbrot)."""

    def __init__(self, seed, count=40000):
        rng = random.Random(seed)
        syllables = [c + v for c in "bcdfghjklmnprstvwz"
                     for v in ("a", "e", "i", "o", "u", "ou", "ai", "er", "an", "or")]
        words = FUNCTION_WORDS + [w for w in WORDS if w not in FUNCTION_WORDS]
        known = set(words)
        while len(words) < count:
            word = "".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
            if word not in known:
                known.add(word)
                words.append(word)
        self.words = words
        self.cumulative = list(itertools.accumulate(1.0 / (r + 2.7) for r in range(count)))

    def word(self, rng):
        point = rng.random() * self.cumulative[-1]
        return self.words[min(bisect.bisect_left(self.cumulative, point), len(self.words) - 1)]

    def paragraphs(self, rng):
        return min(12, int(rng.paretovariate(1.6)))


def sentence(rng, vocabulary, lo=6, hi=18):
    words = [vocabulary.word(rng) for _ in range(rng.randint(lo, hi))]
    if rng.random() < 0.2:
        words[1] = "**" + words[1] + "**"
    if rng.random() < 0.15:
        words[-1] = "[" + words[-1] + "](https://example.com/" + words[-1] + ")"
    return " ".join(words).capitalize() + "."


def answer(rng, vocabulary):
    blocks = [" ".join(sentence(rng, vocabulary) for _ in range(rng.randint(2, 5)))
              for _ in range(vocabulary.paragraphs(rng))]
    if rng.random() < 0.3:
        blocks.append("\n".join("- " + sentence(rng, vocabulary, 3, 8)
                                for _ in range(rng.randint(2, 5))))
    if rng.random() < 0.1:
        blocks.append("| control | status |\n|---|---|\n" +
                      "\n".join(f"| {vocabulary.word(rng)} | yes |" for _ in range(3)))
    if rng.random() < 0.1:
        blocks.append("`" + vocabulary.word(rng) + "-config --" + vocabulary.word(rng) + "`")
    return "\n\n".join(blocks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--sections", type=int, required=True)
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("--vocabulary", choices=("small", "natural"), default="small")
    parser.add_argument("out", type=pathlib.Path)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocabulary = (NaturalVocabulary(args.seed) if args.vocabulary == "natural"
                  else SmallVocabulary())
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.md"):
        old.unlink()
    per_doc = args.sections // args.documents
    for d in range(args.documents):
        title = f"Document {d} " + " ".join(vocabulary.word(rng) for _ in range(2))
        parts = [f"---\nsection: bench\ntitle: {title}\n---\n\n# {title}\n"]
        for s in range(per_doc):
            question = " ".join(vocabulary.word(rng) for _ in range(rng.randint(4, 9)))
            parts.append(f"## {question.capitalize()} {d}-{s}?\n\n{answer(rng, vocabulary)}\n")
        (args.out / f"doc-{d:03d}.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()

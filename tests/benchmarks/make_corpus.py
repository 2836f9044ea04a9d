#!/usr/bin/env python3
"""Writes a deterministic synthetic content folder: SECTIONS `## Question?` sections spread
evenly over DOCS markdown documents with YAML front matter, the shapes the FAQ uses (paragraphs,
emphasis, links, lists, a table now and then, code), made from SEED alone.

    make_corpus.py --seed 8 --sections 1000 --documents 10 OUTDIR
"""
import argparse
import pathlib
import random

WORDS = ("gdpr soc type compliance audit encryption encrypted keys rotation kubernetes cluster "
         "workspace secrets data access control policy token certificate tls storage database "
         "container image registry network firewall vulnerability penetration incident response "
         "customer privacy retention deletion logging monitoring identity sso saml oauth backup "
         "region gitpod github repository source code staff support isolation namespace").split()


def sentence(rng, lo=6, hi=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    if rng.random() < 0.2:
        words[1] = "**" + words[1] + "**"
    if rng.random() < 0.15:
        words[-1] = "[" + words[-1] + "](https://example.com/" + words[-1] + ")"
    return " ".join(words).capitalize() + "."


def answer(rng):
    blocks = [" ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
              for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        blocks.append("\n".join("- " + sentence(rng, 3, 8) for _ in range(rng.randint(2, 5))))
    if rng.random() < 0.1:
        blocks.append("| control | status |\n|---|---|\n" +
                      "\n".join(f"| {rng.choice(WORDS)} | yes |" for _ in range(3)))
    if rng.random() < 0.1:
        blocks.append("`" + rng.choice(WORDS) + "-config --" + rng.choice(WORDS) + "`")
    return "\n\n".join(blocks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--sections", type=int, required=True)
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("out", type=pathlib.Path)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.md"):
        old.unlink()
    per_doc = args.sections // args.documents
    for d in range(args.documents):
        title = f"Document {d} " + " ".join(rng.choice(WORDS) for _ in range(2))
        parts = [f"---\nsection: bench\ntitle: {title}\n---\n\n# {title}\n"]
        for s in range(per_doc):
            question = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9)))
            parts.append(f"## {question.capitalize()} {d}-{s}?\n\n{answer(rng)}\n")
        (args.out / f"doc-{d:03d}.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()

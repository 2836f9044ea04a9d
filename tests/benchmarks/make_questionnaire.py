#!/usr/bin/env python3
"""Writes a questionnaire CSV for `trustbook --answer` timings against a corpus from
make_corpus.py: QUESTIONS questions, half a section's own question reworded in questionnaire
filler (answerable), half words of the corpus at large in the same filler, from SEED alone.
With --faq, the questions of tests/data/questionnaire/security-faq-questions.csv instead, in
order and over again until there are QUESTIONS ("FAQ-style" in docs/answer-engine.md).

    make_questionnaire.py --seed 8 --questions 300 CORPUS_DIR OUT.csv
    make_questionnaire.py --faq --questions 300 CORPUS_DIR OUT.csv
"""
import argparse
import csv
import pathlib
import random
import re


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--faq", action="store_true")
    parser.add_argument("corpus")
    parser.add_argument("out")
    args = parser.parse_args()
    if args.faq:
        source = pathlib.Path(__file__).parents[1] / "data/questionnaire/security-faq-questions.csv"
        with open(source, newline="") as f:
            faq = [row["question"] for row in csv.DictReader(f)]
        with open(args.out, "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["Question", "Answer"])
            for i in range(args.questions):
                writer.writerow([faq[i % len(faq)], ""])
        return
    rng = random.Random(args.seed)
    headings = []
    for path in sorted(pathlib.Path(args.corpus).glob("*.md")):
        headings += re.findall(r"^## (.+?)\??$", path.read_text(), re.MULTILINE)
    words = sorted({w.lower() for h in headings for w in h.split() if w.isalpha()})
    with open(args.out, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Question", "Answer"])
        for i in range(args.questions):
            if i % 2 == 0:
                body = " ".join(w for w in rng.choice(headings).split() if w.isalpha()).lower()
            else:
                body = " ".join(rng.choice(words) for _ in range(rng.randint(5, 11)))
            writer.writerow([f"Please describe whether your organization {body}, "
                             "and provide evidence?", ""])


if __name__ == "__main__":
    main()

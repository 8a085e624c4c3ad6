#!/usr/bin/env python3
"""CPU time of `plenary parse` on a folder of PDFs against `pdftotext -layout` on the same files.

Whole processes, CPU seconds (user + system of the process and its children, as the kernel
counts them), so that the load other programs put on the machine changes the figures little.
The contenders alternate round by round on the same files: a change of load affects both alike.

  pdftotext   one `pdftotext -q -layout FILE -` process per file (how a batch script runs it)
  plenary     one `plenary parse --format json FILE...` process for the whole folder (a batch),
              or with --one-by-one one process per file (how a user parses a single file)

Prints each round and then the medians and the ratio plenary / pdftotext. The JVM options of the
plenary process are those of the `./plenary` launcher; PLENARY_JAVA_OPTS overrides them.

usage: plenary-bench/pdf-cpu-ratio.py [--rounds N] [--one-by-one] [--plenary CMD] FOLDER
"""
import argparse, os, resource, shlex, statistics, subprocess, sys


def cpu_of(commands):
    """CPU seconds (user + sys) that the given commands take, run one after another."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for command in commands:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode not in (0, 1):
            sys.exit(f"{shlex.join(command[:3])} ...: exit {done.returncode}: {done.stderr.decode()[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--one-by-one", action="store_true", help="one plenary process per file")
    parser.add_argument("--plenary", default=os.path.join(here, "..", "plenary") + " parse --format json")
    args = parser.parse_args()
    files = sorted(os.path.join(args.folder, f) for f in os.listdir(args.folder) if f.lower().endswith(".pdf"))
    if not files:
        sys.exit(f"no PDF in {args.folder}")
    plenary = shlex.split(args.plenary)
    pdftotext_runs = [["pdftotext", "-q", "-layout", f, "-"] for f in files]
    plenary_runs = [plenary + [f] for f in files] if args.one_by_one else [plenary + files]
    cpu_of(plenary_runs[:1])  # builds the jar if needed and warms the disk cache
    print(f"{len(files)} PDFs, {args.rounds} rounds, load average {os.getloadavg()[0]:.1f}")
    print("round  pdftotext s  plenary s  ratio")
    ratios, ours, theirs = [], [], []
    for r in range(args.rounds):
        first, second = (pdftotext_runs, plenary_runs) if r % 2 == 0 else (plenary_runs, pdftotext_runs)
        a = cpu_of(first)
        b = cpu_of(second)
        p, q = (a, b) if first is pdftotext_runs else (b, a)
        theirs.append(p)
        ours.append(q)
        ratios.append(q / p)
        print(f"{r + 1:5d}  {p:11.2f}  {q:9.2f}  {q / p:5.2f}")
    print(f"median  {statistics.median(theirs):10.2f}  {statistics.median(ours):9.2f}  "
          f"{statistics.median(ratios):5.2f}   (load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

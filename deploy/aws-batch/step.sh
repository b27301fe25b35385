#!/bin/sh
# Runs a step of a sharded factline run on an AWS Batch node that mounts no
# shared folder: copies what the step reads from $FACTLINE_S3 (sources/,
# plan/, work/) to local disk, runs it, and copies what it wrote back, a
# shard's done.json last, so the reduce never takes a shard half copied for
# finished. Usage: step.sh shard | step.sh reduce
set -eu
: "${FACTLINE_S3:?set FACTLINE_S3 to the s3:// prefix holding sources/ and plan/}"
data=/data
copy() { aws s3 cp --only-show-errors "$@"; }

case "${1:-}" in
  shard)
    index="${AWS_BATCH_JOB_ARRAY_INDEX:-0}"
    copy --recursive "$FACTLINE_S3/plan" "$data/plan"
    # Only this shard's sources: each line of its list names a file by its input and its path under that input's root.
    node -e '
      const fs = require("node:fs"), path = require("node:path")
      const [plan, index, data] = process.argv.slice(1)
      const { inputs } = JSON.parse(fs.readFileSync(path.join(plan, "plan.json"), "utf8"))
      for (const line of fs.readFileSync(path.join(plan, "shards", `${index}.jsonl`), "utf8").split("\n").filter(Boolean)) {
        const entry = JSON.parse(line)
        if (!("code" in entry)) console.log(path.relative(data, path.resolve(inputs[entry.input].root, entry.relative)))
      }' "$data/plan" "$index" "$data" |
      xargs -P 16 -I '{}' aws s3 cp --only-show-errors "$FACTLINE_S3/{}" "$data/{}"
    node bin/factline.js shard --plan "$data/plan" --out "$data/work" --quiet
    copy "$data/work/plan.json" "$FACTLINE_S3/work/plan.json"
    aws s3 sync --only-show-errors --delete --exclude done.json "$data/work/shards/$index" "$FACTLINE_S3/work/shards/$index"
    copy "$data/work/shards/$index/done.json" "$FACTLINE_S3/work/shards/$index/done.json"
    ;;
  reduce)
    aws s3 sync --only-show-errors "$FACTLINE_S3/work" "$data/work"
    node bin/factline.js reduce --in "$data/work" --memory 6GB --temp "$data/scratch"
    status=0
    node bin/factline.js finalize --in "$data/work" --out "$data/dataset" || status=$?
    # 1: the dataset is written, some sources were skipped (the manifest says which).
    [ "$status" -le 1 ] || exit "$status"
    node bin/factline.js export --out "$data/dataset" --parquet "$data/parquet"
    aws s3 sync --only-show-errors --delete "$data/dataset" "$FACTLINE_S3/dataset"
    aws s3 sync --only-show-errors --delete "$data/parquet" "$FACTLINE_S3/parquet"
    exit "$status"
    ;;
  *)
    echo "usage: step.sh shard | step.sh reduce" >&2
    exit 2
    ;;
esac

// Sizes the streamed readers work with. One object, so a test can shrink them and run the
// bounded-memory paths (spilling to disk, worker threads) on small inputs, then compare with the
// plain path.
export const tuning = {
  /**
   * Finished Markdown items read from stdin (a file is read in passes instead and holds none) kept
   * in memory before they move to a temporary file: ~1 KB each, so a real list (a few thousand
   * items) never spills and a huge one stays bounded.
   */
  markdownHeldInMemory: 4096,
  /**
   * Links one record holds on the heap (~600 bytes each with their strings) before they move to a
   * temporary file (extract/record.ts): a record is one paper, but a plain-text input is one paper
   * whatever its size, and 1 GiB of abstracts held ~120,000 distinct links (bench/extract/RESULTS.md run 18).
   */
  recordLinksInMemory: 10_000,
  /**
   * A Markdown file's reference definitions held in memory (~50 bytes each, off the heap:
   * read/markdown-definitions.ts) before they all move to an index on disk (util/disk-key-index.ts):
   * a real list has a few dozen, the generated benchmark list one per ~750 bytes (356,727 in
   * 256 MiB). The memory they took is still resident when the move is over, so this bounds the
   * peak of any list: 1 GiB (1.4 M definitions) peaked at 125 MiB with the limit at 1,000, 133 at
   * 500,000, 148 at 750,000 (bench/extract/RESULTS.md run 19). The 512 MiB list (712,576) moves.
   */
  definitionsInMemory: 500_000,
  /**
   * Distinct URLs a huge record (one past recordLinksInMemory) keeps in its in-memory index
   * (~110 bytes each, off the heap) before the index, and the record's links with it, move to
   * disk (util/disk-key-index.ts, extract/record.ts): 512 MiB of abstracts in one text file have
   * ~60,000, 1 GiB ~120,000.
   */
  recordUrlsInMemory: 100_000,
  /**
   * Distinct targets (repositories, pages, papers) whose keys the audit and `extract --format
   * json`/`table` keep in memory (~80 bytes each, off the heap: audit/target-index.ts) before the
   * keys and first sights move to an index on disk: arXiv-like abstracts hold one per ~5–10 KB
   * (48,688 in 512 MiB of the generated benchmark), a list of unique links one per ~60 bytes.
   */
  targetsInMemory: 200_000,
  /**
   * Bytes of output a stream may hold unsent before more wait in a temporary file
   * (audit/output-overflow.ts): the readers wait for the output between batches of lines, so only
   * a producer with no pause (a Markdown line of thousands of HTML table rows) reaches it.
   */
  outputHeldBytes: 16 * 1024 * 1024,
  /** Bytes read from a file at a time (each becomes one or two batches of whole lines). */
  readChunkBytes: 256 * 1024,
  /**
   * A longer line is not held in memory (a 1 GB file without newlines): the readers that hold
   * lines meet heldLineBytes first; a reader that takes a line in pieces (linePieceBytes: plain
   * text, JSON, JSON Lines, feeds) never meets it.
   */
  maxLineBytes: 64 * 1024 * 1024,
  /**
   * A longer line is not held whole by the readers that would hold it so (Markdown, BibTeX, a
   * daily-papers dump, YAML, CSV): it is reported and read as plain text as
   * it comes, a record of its own (extract/index.ts overLongAsText). Held, a line cost several
   * times its size (a Markdown line is read in three passes): a 58 MB Markdown line of links
   * peaked at 400 MiB, a 7 MB YAML line at 391 (bench/extract/RESULTS.md run 46). A real list's
   * longest line is a few KB; an image inlined as base64 can reach a few MB.
   */
  heldLineBytes: 4 * 1024 * 1024,
  /**
   * The same for YAML, whose parser takes ~40 bytes a character of a long one-line scalar: a
   * 4 MB quoted title peaked at 220 MiB, 2 MB at 136, 1 MB at 97 (bench/extract/RESULTS.md run
   * 65). A folded abstract over many lines costs far less (2 MB: 73 MiB) and is bounded by
   * heldEntryChars.
   */
  yamlHeldLineBytes: 1024 * 1024,
  /**
   * A JSON Lines line or a JSON array element longer than this is not held to be parsed whole:
   * it is read as it comes (read/json-object-stream.ts), its strings given to its record a piece
   * at a time. Held, a 58 MB line of links peaked at 281 MiB, a 58 MB element at 302
   * (bench/extract/RESULTS.md run 52). A JSON Lines line, an API answer's element or member,
   * and a top-level array's element read in one thread count their `:`, `{` and `[` too
   * (read/json-text.ts wholeCost, extract/json-workers.ts nodesIn; run 71).
   */
  jsonValueHeldBytes: 4 * 1024 * 1024,
  /**
   * Characters of a string of such an object (read as it comes) held before its text goes to the
   * record in pieces, and of its strings held in all before they go in the order a parsed object
   * gives them (title, abstract, comments, summary first: read/json-record.ts).
   */
  jsonStreamStringChars: 256 * 1024,
  jsonStreamHeldChars: 1024 * 1024,
  /**
   * Characters of a BibTeX entry, a feed entry, a CSV row or a YAML list item held while it is
   * open: past them a BibTeX entry is read line by line to its end (read/bibtex.ts Salvage), a
   * feed entry and a CSV row (whose quote is then taken for a stray one) read as they stand, a
   * YAML item read as plain text (read/yaml.ts itemAsText).
   */
  heldEntryChars: 4 * 1024 * 1024,
  /**
   * A line this long is handed over in pieces as it comes, to a reader that takes them (a JSON
   * array: extract/json-workers.ts; JSON, plain text, feeds), instead of being held whole:
   * minified JSON and minified feeds are one line. A piece is decoded into one string: at 1 MiB
   * a 300 MB line (a saved extract result's record) peaked at 134–170 MiB, in a sawtooth that
   * full collections cut, most of it outside V8's heap; at 256 KiB at 100–102, as fast
   * (bench/extract/RESULTS.md run 60). From a file, a piece is then a chunk (readChunkBytes).
   */
  linePieceBytes: 256 * 1024,
  /**
   * Characters of a JSON document that is not an array (one object: an API's answer wrapping its
   * list of papers, a saved extract result) read whole with JSON.parse; a longer one is read member
   * by member as it comes (read/json-wrapper.ts). Read whole, a document took ~4 bytes of memory
   * per character: a 64 MB wrapper peaked at 323 MiB (bench/extract/RESULTS.md run 40). Each `:`,
   * `{` and `[` counts 24 characters more (read/json-text.ts wholeCost): a member takes ~190 bytes
   * however short (run 71).
   */
  jsonReadWhole: 8 * 1024 * 1024,
  /**
   * Characters of a YAML document that is not a top-level list (a mapping: `papers:` then its
   * list) held to be read whole; past them the lists under its top-level keys are read an item at
   * a time (read/yaml.ts streamMapping). Read whole, a 16 MiB one peaked at 416 MiB
   * (bench/extract/RESULTS.md run 48). (What a YAML line counts against it: yamlNodeCost,
   * yamlDoubleQuotedWeight.)
   */
  yamlReadWhole: 8 * 1024 * 1024,
  /**
   * Characters of such a mapping's other keys (not its paper lists) held to be read at the end;
   * past them those held are read, and the later ones held and read so in turn when they were
   * papers keyed by their ids, else read as plain text (read/yaml.ts streamMapping); one key
   * past them by itself is read as plain text as it comes (keyAsText). Held to the end, 80 MB of
   * mappings by id peaked at 480 MiB; 8 MB read whole, 106 (bench/extract/RESULTS.md run 68).
   */
  yamlRestHeldChars: 8 * 1024 * 1024,
  /**
   * What a held YAML line counts against yamlReadWhole, yamlRestHeldChars and heldEntryChars is
   * its characters of plain text, which the parser takes at ~7 bytes each, and this many more for
   * the line and for each item of a flow collection on it (read/yaml.ts heldCost): each may be a
   * node of its own (a list item, a key), ~1 KB parsed however short (a 1 MB list of 100,000
   * short items peaked at 155 MiB read whole; a 6 MB one at 717 MiB, now 82).
   */
  yamlNodeCost: 200,
  /**
   * ...and a line with a double quote counts its characters this many times: the `yaml` package
   * builds a double-quoted string a character at a time, ~35 bytes each, and what one part leaves
   * the collector to free grows the next part's peak (a mapping of 20 MB of double-quoted
   * abstracts, papers by id, peaked at 408–412 MiB; at 134–136 counted 6 times; at 94–97, Node
   * 24 129–136, counted 24 times). bench/extract/RESULTS.md run 70.
   */
  yamlDoubleQuotedWeight: 24,
  /**
   * The longest JSON Lines line or JSON array element sent to a worker thread: a longer one is
   * read in the main thread, in its turn. A worker holds a record's links and its JSON whole,
   * and keeps the buffers they took: 0.95 MB lines or elements of ~22,000 links each peaked at
   * 383 and 325 MiB on two workers (bench/extract/RESULTS.md run 54). arXiv's lines are 1–3 KB.
   */
  workerValueBytes: 256 * 1024,
  /**
   * Bytes of batches sent to a JSON Lines worker thread in one message (whole chunks): a message
   * and its answer cost more than the batch boundaries, so several chunks' batches go together.
   */
  workerBatchBytes: 1024 * 1024,
  /**
   * A JSON Lines file, or a JSON array in a UTF-8 file, at least this big is read by worker
   * threads (extract/jsonl-workers.ts, json-workers.ts): below it, starting the workers costs more
   * than they save. Quiet machine (bench/extract/RESULTS.md run 18): at 64 MiB two workers took
   * the same wall time as one thread and ~35 % more CPU (JSON Lines and JSON alike); at 128 MiB
   * they took 5–25 % less wall time.
   */
  workersFromBytes: 128 * 1024 * 1024,
  /**
   * Worker threads for a big JSON Lines file: null — one per core, at most 2 (none on one core);
   * 0 — none, everything in the main thread. `REPO_AUDIT_EXTRACT_THREADS=N` (threads in all, the
   * main one included; 1 = no worker) sets it from outside: benchmarks, the CLI as a process.
   */
  extractWorkers: null as number | null,
  /**
   * The 1-minute load average the default number of workers is decided by (extract/jsonl-workers.ts
   * defaultWorkers); null: the machine's. Tests set it, so that the machine's load cannot change
   * which path they check.
   */
  loadAverage: null as number | null,
  /**
   * Problems with the inputs (a broken line, a malformed entry…) kept for a run's result, its
   * report and its snapshot; past them each input says how many more it had. The CLI's `extract`
   * still says every one as it comes. Kept, 10 million broken JSON Lines lines took 4.4 GiB
   * (bench/extract/RESULTS.md run 62).
   */
  problemsHeld: 10_000,
  /** The worker's script; null: the built `jsonl-worker.js` beside extract/jsonl-workers.js. */
  workerScript: null as URL | null,
};

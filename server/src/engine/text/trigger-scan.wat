;; The dataset scan's prefilter passes over a chunk's UTF-8 bytes (see trigger-scan.ts). Offsets
;; written out are byte offsets; `toUnits` turns them into UTF-16 code units, as JavaScript strings
;; count, for texts that are not all ASCII.
;; `npm run generate` assembles this file into trigger-scan-wasm.ts.
;;
;; Memory layout (set up by trigger-scan.ts):
;;   [0, 256)    keyword character class of each byte (KeywordAutomaton's classes; 0 above 0x7f)
;;   [256, 512)  number/IBAN class bits of each byte: 1 digit, 2 number separator " ().\/+-" (and
;;               the backslash of JSON escapes, so a stretch covers `\/` and `\t` between digits),
;;               4 upper-case letter, 8 letter or digit
;;   then the automaton's transition table, the text, and the output areas, at offsets passed in.
(module
  (memory (export "memory") 1)

  ;; End pointers of the output areas after a call.
  (global $outA (export "outA") (mut i32) (i32.const 0))
  (global $outB (export "outB") (mut i32) (i32.const 0))

  ;; Follow filters: per automaton state (row offset / $classes), 0 or the address of 16 byte sets
  ;; (32 bytes each) that the 16 bytes after a keyword ending in that state must belong to, for the
  ;; hit to be worth reporting (set up by `filterTable`, filled by trigger-scan.ts).
  (global $classes (mut i32) (i32.const 1))
  (global $stateFilters (mut i32) (i32.const 0))

  (func (export "filterTable") (param $table i32) (param $classes i32)
    (global.set $stateFilters (local.get $table))
    (global.set $classes (local.get $classes)))

  ;; Whether a keyword hit in state `row` whose next byte is at `p` passes its state's filter.
  (func $follows (param $row i32) (param $p i32) (param $end i32) (result i32)
    (local $filter i32) (local $stop i32) (local $byte i32)
    (local.set $filter (i32.load (i32.add (global.get $stateFilters)
      (i32.shl (i32.div_u (local.get $row) (global.get $classes)) (i32.const 2)))))
    (if (i32.eqz (local.get $filter)) (then (return (i32.const 1))))
    (local.set $stop (i32.add (local.get $p) (i32.const 16)))
    (if (i32.gt_u (local.get $stop) (local.get $end)) (then (local.set $stop (local.get $end))))
    (block $passed
      (loop $next
        (br_if $passed (i32.ge_u (local.get $p) (local.get $stop)))
        (local.set $byte (i32.load8_u (local.get $p)))
        (if (i32.eqz (i32.and
              (i32.load8_u (i32.add (local.get $filter) (i32.shr_u (local.get $byte) (i32.const 3))))
              (i32.shl (i32.const 1) (i32.and (local.get $byte) (i32.const 7)))))
          (then (return (i32.const 0))))
        (local.set $filter (i32.add (local.get $filter) (i32.const 32)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i32.const 1))

  ;; The set of record keys not worth reporting (`keys` skips them), set up by `keyTable`: an
  ;; open-addressing table of 4096 slots (FNV-1a hash, offset of the key's bytes, length; length 0:
  ;; empty) and the keys' bytes after it.
  (global $table (mut i32) (i32.const 0))
  (global $keyBytes (mut i32) (i32.const 0))
  (global $keyBytesEnd (mut i32) (i32.const 0))
  (global $keyBytesLimit (mut i32) (i32.const 0))
  (global $tableCount (mut i32) (i32.const 0))

  (func (export "keyTable") (param $table i32) (param $keyBytes i32) (param $keyBytesLength i32)
    (global.set $table (local.get $table))
    (global.set $keyBytes (local.get $keyBytes))
    (global.set $keyBytesEnd (local.get $keyBytes))
    (global.set $keyBytesLimit (i32.add (local.get $keyBytes) (local.get $keyBytesLength))))

  (func $hash (param $p i32) (param $length i32) (result i32)
    (local $h i32) (local $end i32)
    (local.set $h (i32.const 0x811c9dc5))
    (local.set $end (i32.add (local.get $p) (local.get $length)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $p))) (i32.const 0x01000193)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $h))

  ;; The slot holding the key at [p, p + length), or the empty slot where it would go.
  (func $slot (param $p i32) (param $length i32) (param $h i32) (result i32)
    (local $slot i32) (local $i i32) (local $stored i32)
    (local.set $slot (i32.and (local.get $h) (i32.const 4095)))
    (block $found
      (loop $probe
        (local.set $stored (i32.add (global.get $table) (i32.mul (local.get $slot) (i32.const 12))))
        (br_if $found (i32.eqz (i32.load offset=8 (local.get $stored))))
        (if (i32.and
              (i32.eq (i32.load (local.get $stored)) (local.get $h))
              (i32.eq (i32.load offset=8 (local.get $stored)) (local.get $length)))
          (then
            (local.set $i (i32.const 0))
            (block $differs
              (loop $compare
                (if (i32.ge_u (local.get $i) (local.get $length)) (then (br $found)))
                (br_if $differs (i32.ne
                  (i32.load8_u (i32.add (local.get $p) (local.get $i)))
                  (i32.load8_u (i32.add (i32.load offset=4 (local.get $stored)) (local.get $i)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $compare)))))
        (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 4095)))
        (br $probe)))
    (local.get $stored))

  ;; Adds the key at [p, p + length) to the skipped keys. Returns 0 when the table is full.
  (func (export "skipKey") (param $p i32) (param $length i32) (result i32)
    (local $h i32) (local $stored i32)
    (if (i32.or
          (i32.or (i32.eqz (local.get $length)) (i32.ge_u (global.get $tableCount) (i32.const 3072)))
          (i32.gt_u (i32.add (global.get $keyBytesEnd) (local.get $length)) (global.get $keyBytesLimit)))
      (then (return (i32.const 0))))
    (local.set $h (call $hash (local.get $p) (local.get $length)))
    (local.set $stored (call $slot (local.get $p) (local.get $length) (local.get $h)))
    (if (i32.load offset=8 (local.get $stored)) (then (return (i32.const 1)))) ;; there already
    (memory.copy (global.get $keyBytesEnd) (local.get $p) (local.get $length))
    (i32.store (local.get $stored) (local.get $h))
    (i32.store offset=4 (local.get $stored) (global.get $keyBytesEnd))
    (i32.store offset=8 (local.get $stored) (local.get $length))
    (global.set $keyBytesEnd (i32.add (global.get $keyBytesEnd) (local.get $length)))
    (global.set $tableCount (i32.add (global.get $tableCount) (i32.const 1)))
    (i32.const 1))

  ;; Record keys in [text, text + length): for every `":`, the key back to the quote before it (as
  ;; `lastIndexOf('"')` finds it), written as (start, end) from `out` unless it is a skipped key.
  ;; A quote more than 196 bytes back cannot open a key of at most 65 characters: not written.
  ;; Colons are found sixteen bytes at a time. Returns 1 when `out` filled up.
  (func (export "keys") (param $text i32) (param $length i32) (param $out i32) (param $limit i32) (result i32)
    (local $p i32) (local $end i32) (local $colons i32) (local $at i32)
    (local.set $p (local.get $text))
    (local.set $end (i32.add (local.get $text) (local.get $length)))
    (block $done
      (loop $block
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (if (i32.le_u (i32.add (local.get $p) (i32.const 16)) (local.get $end))
          (then (local.set $colons (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (v128.const i8x16 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a 0x3a)))))
          (else
            ;; The last few bytes, one bit each.
            (local.set $colons (i32.const 0))
            (local.set $at (i32.sub (local.get $end) (i32.const 1)))
            (block $tail
              (loop $byte
                (br_if $tail (i32.lt_u (local.get $at) (local.get $p)))
                (local.set $colons (i32.or (i32.shl (local.get $colons) (i32.const 1))
                  (i32.eq (i32.load8_u (local.get $at)) (i32.const 0x3a))))
                (local.set $at (i32.sub (local.get $at) (i32.const 1)))
                (br $byte)))))
        (block $noMore
          (loop $colon
            (br_if $noMore (i32.eqz (local.get $colons)))
            (if (call $key (local.get $text) (i32.add (local.get $p) (i32.ctz (local.get $colons))) (local.get $out) (local.get $limit))
              (then (return (i32.const 1))))
            (local.set $out (global.get $outA))
            (local.set $colons (i32.and (local.get $colons) (i32.sub (local.get $colons) (i32.const 1))))
            (br $colon)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $block)))
    (global.set $outA (local.get $out))
    (i32.const 0))

  ;; The key ending at the colon at $p, written at $out unless skipped; $outA is then past what was
  ;; written. Returns 1 when `out` is full.
  (func $key (param $text i32) (param $p i32) (param $out i32) (param $limit i32) (result i32)
    (local $close i32) (local $open i32)
    (global.set $outA (local.get $out))
    (if (i32.le_u (local.get $p) (local.get $text)) (then (return (i32.const 0))))
    (local.set $close (i32.sub (local.get $p) (i32.const 1)))
    (if (i32.ne (i32.load8_u (local.get $close)) (i32.const 0x22)) (then (return (i32.const 0))))
    (local.set $open (i32.sub (local.get $close) (i32.const 1)))
    (block $opened
      (loop $back
        (if (i32.or
              (i32.lt_u (local.get $open) (local.get $text))
              (i32.gt_u (i32.sub (local.get $close) (local.get $open)) (i32.const 196)))
          (then (return (i32.const 0))))
        (br_if $opened (i32.eq (i32.load8_u (local.get $open)) (i32.const 0x22)))
        (local.set $open (i32.sub (local.get $open) (i32.const 1)))
        (br $back)))
    (local.set $open (i32.add (local.get $open) (i32.const 1)))
    (if (i32.and
          (i32.ne (global.get $tableCount) (i32.const 0))
          (i32.ne (i32.load offset=8 (call $slot (local.get $open) (i32.sub (local.get $close) (local.get $open))
            (call $hash (local.get $open) (i32.sub (local.get $close) (local.get $open))))) (i32.const 0)))
      (then (return (i32.const 0)))) ;; a skipped key
    (if (i32.ge_u (local.get $out) (local.get $limit)) (then (return (i32.const 1))))
    (i32.store (local.get $out) (i32.sub (local.get $open) (local.get $text)))
    (i32.store offset=4 (local.get $out) (i32.sub (local.get $close) (local.get $text)))
    (global.set $outA (i32.add (local.get $out) (i32.const 8)))
    (i32.const 0))

  ;; Rewrites `count` sorted byte offsets, `stride` bytes apart from `list`, as UTF-16 code units
  ;; of the text at `text`: one unit per UTF-8 lead byte, two for a four-byte sequence.
  (func (export "toUnits") (param $text i32) (param $list i32) (param $count i32) (param $stride i32)
    (local $p i32) (local $u i32) (local $target i32) (local $byte i32)
    (local.set $p (local.get $text))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $count)))
        (local.set $target (i32.add (local.get $text) (i32.load (local.get $list))))
        (block $reached
          (loop $walk
            (br_if $reached (i32.ge_u (local.get $p) (local.get $target)))
            (local.set $byte (i32.load8_u (local.get $p)))
            (local.set $u (i32.add (local.get $u)
              (i32.add (i32.ne (i32.and (local.get $byte) (i32.const 0xc0)) (i32.const 0x80)) (i32.ge_u (local.get $byte) (i32.const 0xf0)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $walk)))
        (i32.store (local.get $list) (local.get $u))
        (local.set $list (i32.add (local.get $list) (local.get $stride)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $next))))

  ;; Keyword automaton over [text, text + length) as two walks in lock step (a table walk waits on
  ;; its previous load; two independent ones overlap those waits): A over [0, middle), B from
  ;; `secondFrom` (middle - longest keyword + 1) to the end, reporting only ends beyond the middle.
  ;; Each keyword end goes out as (end offset, automaton state), A's from `hitsA`, B's from `hitsB`,
  ;; unless the bytes after it fail its state's follow filter.
  ;; Returns 1 when an area filled up (the caller then uses its JavaScript walk), else 0.
  (func (export "keywords")
    (param $next i32) (param $text i32) (param $length i32) (param $secondFrom i32)
    (param $hitsA i32) (param $limitA i32) (param $hitsB i32) (param $limitB i32) (result i32)
    (local $a i32) (local $b i32) (local $aEnd i32) (local $bEnd i32) (local $middle i32)
    (local $ea i32) (local $eb i32)
    (local.set $middle (i32.add (local.get $text) (i32.shr_u (local.get $length) (i32.const 1))))
    (local.set $a (local.get $text))
    (local.set $aEnd (local.get $middle))
    (local.set $b (i32.add (local.get $text) (local.get $secondFrom)))
    (local.set $bEnd (i32.add (local.get $text) (local.get $length)))
    (block $together
      (loop $step
        (br_if $together (i32.ge_u (local.get $a) (local.get $aEnd)))
        (local.set $ea (i32.load (i32.add (local.get $next)
          (i32.shl (i32.add (i32.shr_u (local.get $ea) (i32.const 1)) (i32.load8_u (i32.load8_u (local.get $a)))) (i32.const 2)))))
        (local.set $eb (i32.load (i32.add (local.get $next)
          (i32.shl (i32.add (i32.shr_u (local.get $eb) (i32.const 1)) (i32.load8_u (i32.load8_u (local.get $b)))) (i32.const 2)))))
        (if (i32.and (i32.or (local.get $ea) (local.get $eb)) (i32.const 1))
          (then
            (if (i32.and (local.get $ea) (i32.const 1))
              (then
                (if (call $follows (i32.shr_u (local.get $ea) (i32.const 1)) (i32.add (local.get $a) (i32.const 1)) (local.get $bEnd))
                  (then
                    (if (i32.ge_u (local.get $hitsA) (local.get $limitA)) (then (return (i32.const 1))))
                    (i32.store (local.get $hitsA) (i32.sub (i32.add (local.get $a) (i32.const 1)) (local.get $text)))
                    (i32.store offset=4 (local.get $hitsA) (i32.shr_u (local.get $ea) (i32.const 1)))
                    (local.set $hitsA (i32.add (local.get $hitsA) (i32.const 8)))))))
            (if (i32.and (i32.and (local.get $eb) (i32.const 1)) (i32.ge_u (local.get $b) (local.get $middle)))
              (then
                (if (call $follows (i32.shr_u (local.get $eb) (i32.const 1)) (i32.add (local.get $b) (i32.const 1)) (local.get $bEnd))
                  (then
                    (if (i32.ge_u (local.get $hitsB) (local.get $limitB)) (then (return (i32.const 1))))
                    (i32.store (local.get $hitsB) (i32.sub (i32.add (local.get $b) (i32.const 1)) (local.get $text)))
                    (i32.store offset=4 (local.get $hitsB) (i32.shr_u (local.get $eb) (i32.const 1)))
                    (local.set $hitsB (i32.add (local.get $hitsB) (i32.const 8)))))))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $step)))
    ;; B's remainder (the walks differ in length by at most the longest keyword, plus one).
    (block $done
      (loop $rest
        (br_if $done (i32.ge_u (local.get $b) (local.get $bEnd)))
        (local.set $eb (i32.load (i32.add (local.get $next)
          (i32.shl (i32.add (i32.shr_u (local.get $eb) (i32.const 1)) (i32.load8_u (i32.load8_u (local.get $b)))) (i32.const 2)))))
        (if (i32.and (i32.and (local.get $eb) (i32.const 1)) (i32.ge_u (local.get $b) (local.get $middle)))
          (then
            (if (call $follows (i32.shr_u (local.get $eb) (i32.const 1)) (i32.add (local.get $b) (i32.const 1)) (local.get $bEnd))
              (then
                (if (i32.ge_u (local.get $hitsB) (local.get $limitB)) (then (return (i32.const 1))))
                (i32.store (local.get $hitsB) (i32.sub (i32.add (local.get $b) (i32.const 1)) (local.get $text)))
                (i32.store offset=4 (local.get $hitsB) (i32.shr_u (local.get $eb) (i32.const 1)))
                (local.set $hitsB (i32.add (local.get $hitsB) (i32.const 8)))))))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $rest)))
    (global.set $outA (local.get $hitsA))
    (global.set $outB (local.get $hitsB))
    (i32.const 0))

  ;; The IBAN trigger at an upper-case letter p: [A-Z]{2}\d{2}, not after a letter or digit. Writes
  ;; the start at $ibanOut (sets $ibanFull when the area is full).
  (global $ibanText (mut i32) (i32.const 0))
  (global $ibanEnd (mut i32) (i32.const 0))
  (global $ibanOut (mut i32) (i32.const 0))
  (global $ibanLimit (mut i32) (i32.const 0))
  (global $ibanFull (mut i32) (i32.const 0))
  (func $iban (param $p i32)
    (if (i32.and
          (i32.and
            (i32.le_u (i32.add (local.get $p) (i32.const 4)) (global.get $ibanEnd))
            ;; not after a letter or digit, unless that is the letter of a JSON escape (`\nDE89…`)
            (i32.or
              (i32.or
                (i32.eq (local.get $p) (global.get $ibanText))
                (i32.eqz (i32.and (i32.load8_u offset=256 (i32.load8_u (i32.sub (local.get $p) (i32.const 1)))) (i32.const 8))))
              (i32.and
                (i32.gt_u (local.get $p) (i32.add (global.get $ibanText) (i32.const 1)))
                (i32.eq (i32.load8_u (i32.sub (local.get $p) (i32.const 2))) (i32.const 0x5c)))))
          ;; bit 0: the next byte upper case (class bit 2), the two after it digits (bit 0)
          (i32.and
            (i32.and
              (i32.and
                (i32.load8_u offset=256 (i32.load8_u offset=2 (local.get $p)))
                (i32.load8_u offset=256 (i32.load8_u offset=3 (local.get $p))))
              (i32.shr_u (i32.load8_u offset=256 (i32.load8_u offset=1 (local.get $p))) (i32.const 2)))
            (i32.const 1)))
      (then
        (if (i32.ge_u (global.get $ibanOut) (global.get $ibanLimit))
          (then (global.set $ibanFull (i32.const 1)))
          (else
            (i32.store (global.get $ibanOut) (i32.sub (local.get $p) (global.get $ibanText)))
            (global.set $ibanOut (i32.add (global.get $ibanOut) (i32.const 4))))))))

;; Number stretches and IBAN starts in [text, text + length).
  ;; A stretch is a maximal run of digits and number separators holding at least 8 digits, written
  ;; as (start, end) from `stretches`: the number-run trigger can only match inside one, and every
  ;; number detector needs 8 digits. An IBAN start is an upper-case letter pair followed by two
  ;; digits, not preceded by a letter or digit (the IBAN trigger), written from `ibans`.
  ;; The bytes are classified sixteen at a time; a block is walked byte by byte only where a run
  ;; of eight or more stretch bytes lies in it (dates, long numbers): a shorter run holds fewer
  ;; than 8 digits, unless it continues a run from the block before or into the next one, whose
  ;; digits are counted across the blocks. Returns 1 when an area filled up, else 0.
  (func (export "numbers")
    (param $text i32) (param $length i32)
    (param $stretches i32) (param $limitS i32) (param $ibans i32) (param $limitI i32) (result i32)
    (local $p i32) (local $end i32) (local $stop i32)
    (local $class i32) (local $runStart i32) (local $digits i32)
    (local $v v128) (local $digitBits i32) (local $runBits i32) (local $upperBits i32) (local $long i32) (local $top i32)
    (local.set $p (local.get $text))
    (local.set $end (i32.add (local.get $text) (local.get $length)))
    (global.set $ibanText (local.get $text))
    (global.set $ibanEnd (local.get $end))
    (global.set $ibanOut (local.get $ibans))
    (global.set $ibanLimit (local.get $limitI))
    (global.set $ibanFull (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $stop (local.get $end))
        (if (i32.le_u (i32.add (local.get $p) (i32.const 16)) (local.get $end))
          (then
            (local.set $stop (i32.add (local.get $p) (i32.const 16)))
            (local.set $v (v128.load (local.get $p)))
            (local.set $digitBits (i8x16.bitmask (i8x16.lt_u
              (i8x16.sub (local.get $v) (v128.const i8x16 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30 0x30))
              (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10))))
            ;; Stretch bytes (class bits 1 and 2) by nibble tables: a byte is one when the bits its
            ;; low nibble admits meet the bits of its high nibble (2x: bit 0, 3x: bit 1, 5x: bit 2).
            (local.set $runBits (i8x16.bitmask (i8x16.ne
              (v128.and
                (i8x16.swizzle
                  (v128.const i8x16 3 2 2 2 2 2 2 2 3 3 0 1 4 1 1 1)
                  (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
                (i8x16.swizzle
                  (v128.const i8x16 0 0 1 2 0 4 0 0 0 0 0 0 0 0 0 0)
                  (i8x16.shr_u (local.get $v) (i32.const 4))))
              (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))))
            ;; Nonzero when eight stretch bytes in a row lie in the block.
            (local.set $long (i32.and (local.get $runBits) (i32.shr_u (local.get $runBits) (i32.const 1))))
            (local.set $long (i32.and (local.get $long) (i32.shr_u (local.get $long) (i32.const 2))))
            (local.set $long (i32.and (local.get $long) (i32.shr_u (local.get $long) (i32.const 4))))
            (if (i32.eqz (local.get $long))
              (then
                ;; A run open before the block ends at its first byte outside runs (there is one).
                (if (local.get $digits)
                  (then
                    (local.set $top (i32.ctz (i32.xor (local.get $runBits) (i32.const 0xffff))))
                    (if (i32.ge_u
                          (i32.add (local.get $digits)
                            (i32.popcnt (i32.and (local.get $digitBits) (i32.sub (i32.shl (i32.const 1) (local.get $top)) (i32.const 1)))))
                          (i32.const 8))
                      (then
                        (if (i32.ge_u (local.get $stretches) (local.get $limitS)) (then (return (i32.const 1))))
                        (i32.store (local.get $stretches) (i32.sub (local.get $runStart) (local.get $text)))
                        (i32.store offset=4 (local.get $stretches) (i32.sub (i32.add (local.get $p) (local.get $top)) (local.get $text)))
                        (local.set $stretches (i32.add (local.get $stretches) (i32.const 8)))))
                    (local.set $digits (i32.const 0))))
                (local.set $upperBits (i8x16.bitmask (i8x16.lt_u
                  (i8x16.sub (local.get $v) (v128.const i8x16 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41 0x41))
                  (v128.const i8x16 26 26 26 26 26 26 26 26 26 26 26 26 26 26 26 26))))
                (block $noMore
                  (loop $letters
                    (br_if $noMore (i32.eqz (local.get $upperBits)))
                    (call $iban (i32.add (local.get $p) (i32.ctz (local.get $upperBits))))
                    (local.set $upperBits (i32.and (local.get $upperBits) (i32.sub (local.get $upperBits) (i32.const 1))))
                    (br $letters)))
                (if (global.get $ibanFull) (then (return (i32.const 1))))
                ;; The run reaching the block's end (if any) stays open: its start and its digits.
                (if (i32.and (local.get $runBits) (i32.const 0x8000))
                  (then
                    (local.set $top (i32.sub (i32.const 32) (i32.clz (i32.xor (local.get $runBits) (i32.const 0xffff)))))
                    (local.set $runStart (i32.add (local.get $p) (local.get $top)))
                    (local.set $digits (i32.popcnt (i32.shr_u (local.get $digitBits) (local.get $top))))))
                (local.set $p (local.get $stop))
                (br $next)))))
        ;; Byte by byte to the end of the block.
        (loop $byte
          (local.set $class (i32.load8_u offset=256 (i32.load8_u (local.get $p))))
          (if (i32.and (local.get $class) (i32.const 3))
            (then
              (if (i32.and (local.get $class) (i32.const 1))
                (then
                  (if (i32.eqz (local.get $digits))
                    (then
                      ;; A run's first digit: the run starts after the separators before it.
                      (local.set $runStart (local.get $p))
                      (block $found
                        (loop $back
                          (br_if $found (i32.le_u (local.get $runStart) (local.get $text)))
                          (br_if $found (i32.eqz (i32.and
                            (i32.load8_u offset=256 (i32.load8_u (i32.sub (local.get $runStart) (i32.const 1))))
                            (i32.const 3))))
                          (local.set $runStart (i32.sub (local.get $runStart) (i32.const 1)))
                          (br $back)))))
                  (local.set $digits (i32.add (local.get $digits) (i32.const 1))))))
            (else
              (if (i32.ge_u (local.get $digits) (i32.const 8))
                (then
                  (if (i32.ge_u (local.get $stretches) (local.get $limitS)) (then (return (i32.const 1))))
                  (i32.store (local.get $stretches) (i32.sub (local.get $runStart) (local.get $text)))
                  (i32.store offset=4 (local.get $stretches) (i32.sub (local.get $p) (local.get $text)))
                  (local.set $stretches (i32.add (local.get $stretches) (i32.const 8)))))
              (local.set $digits (i32.const 0))))
          (if (i32.and (local.get $class) (i32.const 4))
            (then
              (call $iban (local.get $p))
              (if (global.get $ibanFull) (then (return (i32.const 1))))))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br_if $byte (i32.lt_u (local.get $p) (local.get $stop))))
        (br $next)))
    (if (i32.ge_u (local.get $digits) (i32.const 8))
      (then
        (if (i32.ge_u (local.get $stretches) (local.get $limitS)) (then (return (i32.const 1))))
        (i32.store (local.get $stretches) (i32.sub (local.get $runStart) (local.get $text)))
        (i32.store offset=4 (local.get $stretches) (i32.sub (local.get $end) (local.get $text)))
        (local.set $stretches (i32.add (local.get $stretches) (i32.const 8)))))
    (global.set $outA (local.get $stretches))
    (global.set $outB (global.get $ibanOut))
    (i32.const 0))
)

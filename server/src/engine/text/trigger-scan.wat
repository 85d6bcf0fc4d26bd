;; The dataset scan's prefilter passes over a chunk's UTF-8 bytes (see trigger-scan.ts). Offsets
;; written out are byte offsets; `toUnits` turns them into UTF-16 code units, as JavaScript strings
;; count, for texts that are not all ASCII.
;; `npm run generate` assembles this file into trigger-scan-wasm.ts.
;;
;; Memory layout (set up by trigger-scan.ts):
;;   [0, 256)    keyword character class of each byte (KeywordAutomaton's classes; 0 above 0x7f)
;;   [256, 512)  number/IBAN class bits of each byte: 1 digit, 2 number separator " ().\/+-",
;;               4 upper-case letter, 8 letter or digit
;;   then the automaton's transition table, the text, and the output areas, at offsets passed in.
(module
  (memory (export "memory") 1)

  ;; End pointers of the output areas after a call.
  (global $outA (export "outA") (mut i32) (i32.const 0))
  (global $outB (export "outB") (mut i32) (i32.const 0))

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
  ;; Each keyword end goes out as (end offset, automaton state), A's from `hitsA`, B's from `hitsB`.
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
                (if (i32.ge_u (local.get $hitsA) (local.get $limitA)) (then (return (i32.const 1))))
                (i32.store (local.get $hitsA) (i32.sub (i32.add (local.get $a) (i32.const 1)) (local.get $text)))
                (i32.store offset=4 (local.get $hitsA) (i32.shr_u (local.get $ea) (i32.const 1)))
                (local.set $hitsA (i32.add (local.get $hitsA) (i32.const 8)))))
            (if (i32.and (i32.and (local.get $eb) (i32.const 1)) (i32.ge_u (local.get $b) (local.get $middle)))
              (then
                (if (i32.ge_u (local.get $hitsB) (local.get $limitB)) (then (return (i32.const 1))))
                (i32.store (local.get $hitsB) (i32.sub (i32.add (local.get $b) (i32.const 1)) (local.get $text)))
                (i32.store offset=4 (local.get $hitsB) (i32.shr_u (local.get $eb) (i32.const 1)))
                (local.set $hitsB (i32.add (local.get $hitsB) (i32.const 8)))))))
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
            (if (i32.ge_u (local.get $hitsB) (local.get $limitB)) (then (return (i32.const 1))))
            (i32.store (local.get $hitsB) (i32.sub (i32.add (local.get $b) (i32.const 1)) (local.get $text)))
            (i32.store offset=4 (local.get $hitsB) (i32.shr_u (local.get $eb) (i32.const 1)))
            (local.set $hitsB (i32.add (local.get $hitsB) (i32.const 8)))))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $rest)))
    (global.set $outA (local.get $hitsA))
    (global.set $outB (local.get $hitsB))
    (i32.const 0))

  ;; Number stretches and IBAN starts in [text, text + length).
  ;; A stretch is a maximal run of digits and number separators holding at least 8 digits, written
  ;; as (start, end) from `stretches`: the number-run trigger can only match inside one, and every
  ;; number detector needs 8 digits. An IBAN start is an upper-case letter pair followed by two
  ;; digits, not preceded by a letter or digit (the IBAN trigger), written from `ibans`.
  ;; Eight bytes without a digit or an upper-case letter, outside a run with digits, change
  ;; nothing: they are skipped with one word-wide test (most of prose). Returns 1 when an area
  ;; filled up, else 0.
  (func (export "numbers")
    (param $text i32) (param $length i32)
    (param $stretches i32) (param $limitS i32) (param $ibans i32) (param $limitI i32) (result i32)
    (local $p i32) (local $end i32) (local $wordsEnd i32) (local $stop i32)
    (local $class i32) (local $runStart i32) (local $digits i32) (local $x i64) (local $t i64)
    (local.set $p (local.get $text))
    (local.set $end (i32.add (local.get $text) (local.get $length)))
    (local.set $wordsEnd (select (i32.sub (local.get $end) (i32.const 8)) (local.get $text) (i32.ge_u (local.get $length) (i32.const 8))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; A word without digits or upper case (bytes 0x30-0x39, 0x41-0x5a), when no run with digits is open.
        (if (i32.and (i32.eqz (local.get $digits)) (i32.le_u (local.get $p) (local.get $wordsEnd)))
          (then
            (local.set $x (i64.load (local.get $p)))
            (local.set $t (i64.and (local.get $x) (i64.const 0x7f7f7f7f7f7f7f7f)))
            (if (i64.eqz
                  (i64.and
                    (i64.and
                      (i64.or
                        (i64.and (i64.sub (i64.const 0xb9b9b9b9b9b9b9b9) (local.get $t)) (i64.add (local.get $t) (i64.const 0x5050505050505050)))
                        (i64.and (i64.sub (i64.const 0xdadadadadadadada) (local.get $t)) (i64.add (local.get $t) (i64.const 0x3f3f3f3f3f3f3f3f))))
                      (i64.xor (local.get $x) (i64.const -1)))
                    (i64.const 0x8080808080808080)))
              (then
                (local.set $p (i32.add (local.get $p) (i32.const 8)))
                (br $next)))))
        ;; Byte by byte to the end of this word.
        (local.set $stop (i32.add (local.get $p) (i32.const 8)))
        (if (i32.gt_u (local.get $stop) (local.get $end)) (then (local.set $stop (local.get $end))))
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
          ;; IBAN: [A-Z]{2}\d{2}, not after a letter or digit.
          (if (i32.and (local.get $class) (i32.const 4))
            (then
              (if (i32.and
                    (i32.and
                      (i32.le_u (i32.add (local.get $p) (i32.const 4)) (local.get $end))
                      (i32.or
                        (i32.eq (local.get $p) (local.get $text))
                        (i32.eqz (i32.and (i32.load8_u offset=256 (i32.load8_u (i32.sub (local.get $p) (i32.const 1)))) (i32.const 8)))))
                    ;; bit 0: the next byte upper case (class bit 2), the two after it digits (bit 0)
                    (i32.and
                      (i32.and
                        (i32.and
                          (i32.load8_u offset=256 (i32.load8_u offset=2 (local.get $p)))
                          (i32.load8_u offset=256 (i32.load8_u offset=3 (local.get $p))))
                        (i32.shr_u (i32.load8_u offset=256 (i32.load8_u offset=1 (local.get $p))) (i32.const 2)))
                      (i32.const 1)))
                (then
                  (if (i32.ge_u (local.get $ibans) (local.get $limitI)) (then (return (i32.const 1))))
                  (i32.store (local.get $ibans) (i32.sub (local.get $p) (local.get $text)))
                  (local.set $ibans (i32.add (local.get $ibans) (i32.const 4)))))))
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
    (global.set $outB (local.get $ibans))
    (i32.const 0))
)

#!/usr/bin/env bash
# Rebuilds src/main/resources/org/citemeta/extract/citation/journals.txt.gz, the journal names and their ISO 4
# abbreviations that the reference parser knows (one "Full name = Abbrev." pair per line), from journals-supplement.txt
# (pairs written for citemeta) and the journal lists of JabRef 3.8.2 (Debian package
# jabref 3.8.2+ds-17; JabRef is MIT-licensed, Debian's copyright file puts these files under Expat; the lists are
# maintained today at abbrv.jabref.org under CC0), and the names derived from them. Needs apt-get (Debian's packages),
# unzip and the project's Maven wrapper.
# Run from the repository root: bash src/test/tools/journals-from-jabref.sh
set -euo pipefail
out=src/main/resources/org/citemeta/extract/citation/journals.txt.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download jabref=3.8.2+ds-17 >/dev/null 2>&1 || apt-get download jabref >/dev/null)
dpkg-deb -x "$work"/jabref_*.deb "$work/x"
unzip -q -o "$work/x/usr/share/jabref/JabRef-3.8.2.jar" 'journals/journalList.txt' 'journals/IEEEJournalListText.txt' -d "$work"
cat "$work/journals/journalList.txt" "$work/journals/IEEEJournalListText.txt" | tr -d '\r' \
  | awk -F' = ' 'NF == 2 { gsub(/^ +| +$/, "", $1); gsub(/^ +| +$/, "", $2); if ($1 ~ /[A-Za-z]/) print $1 " = " $2 }' \
  > "$work/jabref-pairs.txt"
# and the pairs written by hand for the names those lists lack (physics and astronomy abbreviations above all)
grep -v '^#' src/test/tools/journals-supplement.txt | cat "$work/jabref-pairs.txt" - | LC_ALL=C sort -u > "$work/pairs.txt"
# names derived from the pairs (JournalVariants, test scope): full names abbreviated with the word abbreviations the
# pairs use, names cut before a subtitle
./mvnw -q -B test-compile
java -cp target/test-classes:target/classes org.citemeta.extract.citation.JournalVariants < "$work/pairs.txt" > "$work/derived.txt"
{
  echo "# Journal names and abbreviations, one 'name = abbreviation' pair per line, from JabRef 3.8.2 (journals/journalList.txt and"
  echo "# journals/IEEEJournalListText.txt; MIT licence, https://www.jabref.org; lists now at abbrv.jabref.org, CC0) and"
  echo "# src/test/tools/journals-supplement.txt (written for citemeta: names those lists lack);"
  echo "# then one name per line derived from those pairs by JournalVariants (lower case where abbreviated: case is ignored)."
  echo "# Built by src/test/tools/journals-from-jabref.sh."
  cat "$work/pairs.txt"
  cat "$work/derived.txt"
} | gzip -9n > "$out"
echo "$out: $(wc -l < "$work/pairs.txt") pairs, $(wc -l < "$work/derived.txt") derived names"

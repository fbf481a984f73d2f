#!/bin/bash
# /tra-cuu with curl (issue 14 item 5): the right codes show the public view; a wrong check code
# answers byte for byte like an unknown dossier; a client gets 429 after the limit; nothing but
# GET/HEAD on the known addresses; no personal data in any answer.
. "$(dirname "$0")/common.sh" "$1" "$2" --lookups 6
get() { curl -s -o "$DIR/$1" -w '%{http_code}' "${@:2}"; }

[ "$(get form.html "$BASE/tra-cuu")" = 200 ] || fail "the form"
grep -q 'Mã kiểm tra' "$DIR/form.html" || fail "the form has no check code field"

[ "$(get right.html "$BASE/tra-cuu?ma=$CODE&kiem=$CHECK")" = 200 ] || fail "the right codes"
grep -q "$CODE" "$DIR/right.html" || fail "the view has no dossier code"
grep -q 'Đỗ T. R. B.' "$DIR/right.html" || { grep -o 'Người nộp</dt><dd>[^<]*' "$DIR/right.html"; fail "no masked name"; }
grep -q 'Hẹn trả kết quả' "$DIR/right.html" || fail "no appointment"
no_secrets "$DIR/right.html" "right codes"

lower=$(echo "$CHECK" | tr 'A-Z' 'a-z')
[ "$(get lower.html "$BASE/tra-cuu?ma=$CODE&kiem=${lower:0:3}%20${lower:3}")" = 200 ] || fail "a lower-case check code with a space"

wrong=$( [ "${CHECK:0:1}" = A ] && echo "B${CHECK:1}" || echo "A${CHECK:1}")
unknown="${CODE%-*}-9999"
[ "$(get wrong.html "$BASE/tra-cuu?ma=$CODE&kiem=$wrong")" = 404 ] || fail "a wrong check code is not 404"
[ "$(get unknown.html "$BASE/tra-cuu?ma=$unknown&kiem=$CHECK")" = 404 ] || fail "an unknown dossier is not 404"
[ "$(get bad.html "$BASE/tra-cuu?ma=%3Cscript%3E&kiem=x")" = 404 ] || fail "a malformed code is not 404"
cmp -s "$DIR/wrong.html" "$DIR/unknown.html" || fail "wrong check code and unknown dossier differ"
cmp -s "$DIR/wrong.html" "$DIR/bad.html" || fail "wrong check code and malformed code differ"
grep -q 'Không tìm thấy hồ sơ' "$DIR/wrong.html" || fail "the not-found page says nothing"
if grep -q "$CODE" "$DIR/wrong.html"; then fail "the not-found page repeats the code"; fi

# Six lookups a minute (--lookups 6): five made above, one more passes, then 429.
[ "$(get sixth.html "$BASE/tra-cuu?ma=$CODE&kiem=$CHECK")" = 200 ] || fail "the sixth lookup"
[ "$(get limited.html "$BASE/tra-cuu?ma=$CODE&kiem=$CHECK")" = 429 ] || fail "no 429 after the limit"
grep -q 'quá nhiều lần' "$DIR/limited.html" || fail "the 429 page is not Vietnamese"
[ "$(get form2.html "$BASE/tra-cuu")" = 200 ] || fail "the empty form is not a lookup"

# Only GET/HEAD on known addresses.
[ "$(get post.html -X POST -d 'ma=x' "$BASE/tra-cuu")" = 404 ] || fail "POST /tra-cuu"
[ "$(get put.html -X PUT -d 'x' "$BASE/wall")" = 404 ] || fail "PUT /wall"
[ "$(get del.html -X DELETE "$BASE/wall/picture.json")" = 404 ] || fail "DELETE"
[ "$(get other.html "$BASE/v1/dossiers")" = 404 ] || fail "an API path on the public port"
[ "$(get dots.html --path-as-is "$BASE/wall/../../etc/passwd")" = 404 ] || fail "path tricks"
[ "$(curl -s -o /dev/null -w '%{http_code}' -I "$BASE/wall")" = 200 ] || fail "HEAD /wall"
for f in "$DIR"/*.html; do no_secrets "$f" "$(basename "$f")"; done
echo "ok: /tra-cuu right, wrong = unknown = malformed ($(wc -c <"$DIR/wrong.html") bytes), 429 after 6"

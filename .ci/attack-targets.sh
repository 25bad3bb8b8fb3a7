# Sourced by .ci/attack.sh: every parameter of the public site, the newsroom and the APIs, as targets for
# sqlmap (see sqlmap-scan.sh: "PATH?a=1", "POST PATH a=1&b=2", JSON bodies, "*" for a path injection
# point) and for the input fuzzer ("PATH|METHOD|DATA", FUZZ marks the input). Expects ARTICLE, STORY_ID,
# FORM_TOKEN, AUTHOR, TAG, CURSOR, DRAFT and CSRF to be set. Keep it in step with the controllers.

REVIEW="kind=review&name=Reader&email=reader@example.org&body=Good%20story&token=$FORM_TOKEN&website="
EDITOR_FORM="version=1&language=en&headline=Draft&slug=&standfirst=S&body=B&datelinePlace=Baku&category=politics"
EDITOR_FORM="$EDITOR_FORM&urgency=normal&tags=economy&embargoUntil=&captionAz=&captionRu=&captionEn=&credit="
EDITOR_FORM="$EDITOR_FORM&sourceKind=open-sources&licence=&action=preview&_csrf=$CSRF"
STORY_JSON='{"language":"en","headline":"H","standfirst":"S","body":"B","category":"politics","slug":"s","tags":["economy"],"urgency":"normal","datelinePlace":"Baku","version":1}'

SQL_PUBLIC=(
  "/en/search?q=baku&language=en&category=politics&author=$AUTHOR&date=week&sort=newest&page=1"
  "/en/news-line?category=politics&before=$CURSOR"
  "/api/v1/search?q=baku&language=en&category=politics&author=$AUTHOR&date=month&sort=relevance&page=1"
  "/en/author/$AUTHOR*?before=$CURSOR"
  "/en/tag/${TAG:-economy}*"
  "/en/politics*/?before=$CURSOR"
  "$ARTICLE*"
  "POST /en/reviews/$STORY_ID $REVIEW"
  'POST /api/v1/tokens {"email":"nobody@example.org","password":"wrong-password","name":"x"}'
)
[ -n "${PERSON:-}" ] && SQL_PUBLIC+=("/en/people/$PERSON*?topic=${TOPIC:-x}")
[ -n "${TOPIC:-}" ] && SQL_PUBLIC+=("/en/topics/$TOPIC*")
SQL_NEWSROOM=(
  "/newsroom/?q=baku"
  "/newsroom/reviews?list=pending"
  "/newsroom/reviews/corrections?list=pending"
  "/newsroom/articles/$DRAFT/revisions?version=1"
  "/newsroom/articles/new?translationOf=$STORY_ID&lang=ru"
  "POST /newsroom/articles/$DRAFT $EDITOR_FORM"
  "POST /newsroom/reviews/story/$STORY_ID moderationMode=pre&state=auto&_csrf=$CSRF"
  "POST /newsroom/tokens name=attack&_csrf=$CSRF"
)
SQL_API=(
  "/api/v1/articles?status=draft&language=en&q=baku&limit=5&offset=0"
  "POST /api/v1/articles $STORY_JSON"
  "/api/v1/reviews?status=pending&kind=review&articleId=$STORY_ID"
  "PUT /api/v1/reviews/settings/$STORY_ID {\"moderation\":\"pre\",\"state\":\"auto\"}"
)
# Each request here publishes a correction (change log, wire pushes, quotes read again, search reindex): sqlmap's
# hundreds of them do not fit the short run's budget (timed out at 120 s), so only the long run takes it; the
# short run still fuzzes its text field below.
[ "${LONG:-0}" = 1 ] && SQL_API+=("POST /api/v1/articles/$STORY_ID/corrections {\"text\":\"A correction.\"}")
SQL_ADMIN=(
  'POST /api/v1/subscribers {"name":"Gazeta","contact":"desk@example.org","products":[{"languages":["ru"],"categories":["politics"],"minUrgency":"normal"}],"requestsPerMinute":60}'
  'POST /api/v1/reviews/erase {"email":"reader@example.org"}'
)
SQL_WIRE=(
  "/wire/v1/items?since=0&limit=5&format=ninjs"
  "/wire/v1/deliveries?limit=5"
)

FUZZ_PUBLIC=(
  "/en/search?q=FUZZ"
  "/en/search?q=baku&language=FUZZ" "/en/search?q=baku&category=FUZZ" "/en/search?q=baku&author=FUZZ"
  "/en/search?q=baku&date=FUZZ" "/en/search?q=baku&sort=FUZZ" "/en/search?q=baku&page=FUZZ"
  "/api/v1/search?q=FUZZ" "/api/v1/search?q=baku&category=FUZZ" "/api/v1/search?q=baku&page=FUZZ"
  "/api/v1/search?q=baku&date=FUZZ"
  "/en/news-line?before=FUZZ" "/en/news-line?category=FUZZ"
  "/en/FUZZ/" "/en/author/FUZZ" "/en/tag/FUZZ" "/en/people/FUZZ" "/en/people/x?topic=FUZZ" "/en/topics/FUZZ"
  "/en/2026/01/01/FUZZ" "/FUZZ" "/media/FUZZ" "/sitemaps/FUZZ"
  "/en/reviews/$STORY_ID|POST|kind=review&name=FUZZ&email=a@example.org&body=Fine&token=$FORM_TOKEN&website="
  "/en/reviews/$STORY_ID|POST|kind=review&name=R&email=FUZZ&body=Fine&token=$FORM_TOKEN&website="
  "/en/reviews/$STORY_ID|POST|kind=review&name=R&email=a@example.org&body=FUZZ&token=$FORM_TOKEN&website="
  "/en/reviews/$STORY_ID|POST|kind=FUZZ&name=R&email=a@example.org&body=Fine&token=$FORM_TOKEN&website="
  "/en/reviews/$STORY_ID|POST|kind=review&name=R&email=a@example.org&body=Fine&token=FUZZ&website="
  "/api/v1/tokens|POST|{\"email\":\"FUZZ\",\"password\":\"x\"}"
)
FUZZ_NEWSROOM=(
  "/newsroom/?q=FUZZ" "/newsroom/reviews?list=FUZZ" "/newsroom/articles/$DRAFT/revisions?version=FUZZ"
  "/newsroom/articles/new?lang=FUZZ&translationOf=$STORY_ID" "/newsroom/articles/FUZZ"
)
for field in headline slug standfirst body datelinePlace category urgency tags embargoUntil captionEn credit sourceKind licence version; do
  FUZZ_NEWSROOM+=("/newsroom/articles/$DRAFT|POST|$(echo "$EDITOR_FORM" | sed -E "s/(^|&)$field=[^&]*/\\1$field=FUZZ/")")
done
for field in headline body; do
  FUZZ_NEWSROOM+=("/newsroom/articles/$DRAFT|POST|$(echo "$EDITOR_FORM" | sed -E "s/action=preview/action=save/; s/(^|&)$field=[^&]*/\\1$field=FUZZ/")")
done
FUZZ_NEWSROOM+=(
  "/newsroom/articles|POST|$(echo "$EDITOR_FORM" | sed -E 's/headline=[^&]*/headline=FUZZ/; s/version=1/version=0/')"
  "/newsroom/articles/$DRAFT/autosave|POST|$(echo "$EDITOR_FORM" | sed -E 's/headline=[^&]*/headline=FUZZ/')"
  "/newsroom/reviews/story/$STORY_ID|POST|moderationMode=FUZZ&state=auto&_csrf=$CSRF"
  "/newsroom/reviews/story/$STORY_ID|POST|moderationMode=pre&state=FUZZ&_csrf=$CSRF"
  "/newsroom/tokens|POST|name=FUZZ&_csrf=$CSRF"
)
FUZZ_API=(
  "/api/v1/articles?status=FUZZ" "/api/v1/articles?q=FUZZ" "/api/v1/articles?limit=FUZZ" "/api/v1/articles/FUZZ"
  "/api/v1/reviews?status=FUZZ" "/api/v1/reviews?kind=FUZZ" "/api/v1/reviews?articleId=FUZZ"
)
for field in language headline standfirst body category slug urgency datelinePlace; do
  FUZZ_API+=("/api/v1/articles|POST|$(echo "$STORY_JSON" | sed -E "s/\"$field\":\"[^\"]*\"/\"$field\":\"FUZZ\"/")")
done
FUZZ_API+=(
  "/api/v1/articles|POST|{\"language\":\"en\",\"headline\":\"H\",\"category\":\"politics\",\"tags\":[\"FUZZ\"]}"
  "/api/v1/articles/$DRAFT|PUT|$(echo "$STORY_JSON" | sed -E 's/"headline":"[^"]*"/"headline":"FUZZ"/')"
  "/api/v1/articles/$STORY_ID/publish|POST|{\"publishAt\":\"FUZZ\"}"
  "/api/v1/articles/$STORY_ID/corrections|POST|{\"text\":\"FUZZ\"}"
  "/api/v1/reviews/settings/$STORY_ID|PUT|{\"moderation\":\"FUZZ\",\"state\":\"auto\"}"
)

// Auth-flow inspector के सारे explanatory texts, हिन्दी में (technical शब्द जैसे token,
// refresh, cookie, login अंग्रेज़ी में ही रहते हैं)। Keys वही हैं जो inspector-en.ts में हैं।
import type { InspectorKey } from "./inspector-en";

export const inspectorHi: Record<InspectorKey, string> = {
  "page.title": "Sign-in कैसे काम करता है",
  "page.intro":
    "यह page shop की असली requests को live देखता है, जब आप shop use करते हैं। Login कीजिए, products देखिए, cart में कुछ डालिए: हर API call, हर expired token और हर refresh यहाँ उसी पल दिखता है।",
  "page.language": "भाषा",
  "page.proactiveNote": "Tip: नीचे दाईं ओर वाला छोटा inspector panel shopping करते समय भी खुला रह सकता है, ताकि आप किसी भी page पर tokens को देख सकें।",

  "status.loading": "आपका session check हो रहा है…",
  "status.signedIn": "आप {name} के रूप में signed in हैं।",
  "status.signedOut": "आप signed in नहीं हैं। अपने दोनों tokens देखने और उन्हें काम करते हुए देखने के लिए sign in कीजिए।",
  "status.signIn": "Sign in करें",
  "status.mode.cookie": "Storage mode: cookie",
  "status.mode.localStorage": "Storage mode: localStorage",

  "why.title": "Login में 2 tokens क्यों मिलते हैं?",
  "why.access":
    "Access token एक pass है जो हर API call के साथ जाता है। Server इसे बिना कुछ lookup किए check करता है, इसलिए यह fast है, लेकिन इसका मतलब यह भी है कि एक बार issue होने के बाद इसे वापस नहीं लिया जा सकता। इसीलिए इसकी life छोटी रखी जाती है: इस server पर {ttl}।",
  "why.refresh":
    "Refresh token आपके login का लंबा चलने वाला हिस्सा है। इसका सिर्फ़ एक काम है: `POST /auth/refresh` पर इसे देकर नया access token लेना। Server इसका record रखता है, इसलिए हर use पर इसे बदला जा सकता है और logout पर रद्द किया जा सकता है।",
  "why.both":
    "अगर सिर्फ़ access token होता, तो उसके expire होते ही आपको फिर से password डालना पड़ता। Refresh token के साथ app खुद ही नया access token ले लेता है और आपको पता भी नहीं चलता। यानी 2 tokens: एक छोटी life वाला जो हर जगह use होता है, और एक लंबी life वाला जो सिर्फ़ एक जगह use होता है।",
  "auto.title": "Refresh server पर automatic क्यों नहीं होता?",
  "auto.body":
    "Server दो requests के बीच कुछ याद नहीं रखता: कौन पूछ रहा है, यह उसे सिर्फ़ request के साथ आई चीज़ों से पता चलता है। Access token expire होने के बाद कुछ साबित नहीं करता, इसलिए server 401 `token_expired` जवाब देता है और खुद से उसे renew नहीं कर सकता। Browser को refresh token लेकर वापस आना पड़ता है, यही सबूत है कि यह अब भी आपका session है।",
  "auto.path":
    "दोनों को अलग रखना ज़्यादा safe भी है: refresh token सिर्फ़ `/api/v1/auth` पर जाता है, हर request के साथ नहीं, इसलिए access token के मुकाबले यह बहुत कम बार expose होता है।",

  "diagram.title": "पूरा flow, step by step",
  "diagram.hint": "इस tab की requests जाते ही, जो step अभी हुआ वह highlight हो जाता है।",
  "diagram.label": "Sequence diagram: browser और server के बीच login, API call, 401, refresh और retry",
  "diagram.browser": "आपका browser",
  "diagram.server": "Shop का server",
  "diagram.phase.login": "Login",
  "diagram.phase.call": "API call",
  "diagram.phase.expired": "Expire हुआ",
  "diagram.phase.refresh": "Refresh",
  "diagram.phase.retry": "Retry",
  "diagram.arrow.login": "POST /auth/login (email, password)",
  "diagram.arrow.tokens": "200: access token + refresh token",
  "diagram.arrow.call": "{call}, Bearer access token",
  "diagram.arrow.ok": "200 OK",
  "diagram.arrow.expiredCall": "{call}, Bearer पुराना (expired) token",
  "diagram.arrow.401": "401 token_expired",
  "diagram.arrow.refresh": "POST /auth/refresh (refresh token)",
  "diagram.arrow.newPair": "200: नया access token + नया refresh token",
  "diagram.arrow.retry": "{call} दोबारा, Bearer नया token",
  "diagram.arrow.retryOk": "200 OK: shopper को कुछ पता नहीं चला",
  "diagram.arrow.refused": "401 invalid_grant: आप signed out",
  "diagram.caption.idle":
    "इस tab में अभी तक कुछ नहीं हुआ। Sign in कीजिए या shop use कीजिए (shopping करते समय panel देखता रहता है), और हर step यहाँ highlight होगा।",
  "diagram.caption.login":
    "Login: आपके email और password के बदले 2 tokens मिलते हैं। Access token API calls के लिए, refresh token नए access tokens लेने के लिए।",
  "diagram.caption.call":
    "API call: access token `Authorization: Bearer …` बनकर साथ जाता है। Server उसका signature और expiry check करता है, database lookup के बिना।",
  "diagram.caption.expired": "Access token expire हो गया, तो server 401 `token_expired` जवाब देता है। Request खोती नहीं: client उसे संभाल कर रखता है।",
  "diagram.caption.refresh":
    "Refresh: client refresh token को `/auth/refresh` पर भेजता है और नया pair लेता है। पुराना refresh token अब खर्च हो चुका है (rotation)।",
  "diagram.caption.retry": "Retry: वही request नए access token के साथ एक बार फिर जाती है, और सफल होती है। आपको कुछ पता नहीं चला।",
  "diagram.caption.signedOut": "Refresh मना हो गया (401 `invalid_grant`): session खत्म है, इसलिए app आपको sign out करके फिर से password माँगता है।",
  "diagram.caption.loggedOut": "आप sign out हो चुके हैं: server पर refresh token की family revoke हो गई। अगला login फिर से step 1 से शुरू होगा।",

  "tokens.title": "अभी आपके tokens",
  "access.title": "Access token",
  "access.expiresIn": "Expire होने में",
  "access.expired": "Expire हो गया। अगली API call को 401 `token_expired` मिलेगा, फिर client refresh करके उसे retry करेगा।",
  "access.proactive": "आम तौर पर client इसके zero होने से थोड़ा पहले ही refresh कर लेता है (proactive refresh), इसलिए 401 कम ही दिखता है।",
  "access.none": "इस tab में अभी कोई access token नहीं है।",
  "access.raw": "Authorization header में जाने वाला token (header.payload.signature):",
  "access.header": "Header",
  "access.claims": "Claims (payload)",
  "access.signature":
    "Signature: साबित करता है कि यह token server ने बनाया है। Key सिर्फ़ server के पास है, इसलिए कोई भी claim बदलते ही signature टूट जाता है।",
  "access.readable":
    "JWT encrypted नहीं होता: जिसके पास token है वह ये claims पढ़ सकता है (ये बस base64url में encoded हैं)। Signature इसे tamper-proof बनाता है, secret नहीं।",
  "table.claim": "Claim",
  "table.value": "Value",
  "table.meaning": "मतलब",
  "claim.alg": "Signing algorithm। Server सिर्फ़ HS256 मानता है, इसलिए `none` या कोई दूसरा algorithm बताने वाला token reject हो जाता है।",
  "claim.typ": "Token का type: `at+jwt` यानी access token (RFC 9068)। इससे उसी key से sign हुआ कोई दूसरा JWT access token बनकर नहीं चल सकता।",
  "claim.iss": "Issuer: token किसने बनाया (यह shop)।",
  "claim.aud": "Audience: token किसके लिए है (इस shop की API)। किसी दूसरी service के लिए बना token reject होता है।",
  "claim.sub": "Subject: यह token किस user की तरफ़ से बोलता है (आपकी user id)।",
  "claim.iat": "Issued at: server ने token कब sign किया।",
  "claim.exp": "Expires: इस पल के बाद server 401 `token_expired` जवाब देता है।",
  "claim.jti": "Token id: हर token की अपनी unique id, ताकि कोई दो tokens एक जैसे न हों।",
  "claim.sid": 'Session id: यह token किस refresh-token family का है (नीचे की list में "यही session" वाला)।',

  "refresh.title": "Refresh token",
  "refresh.cookie":
    "`refresh_token` नाम की `HttpOnly` cookie में, जो सिर्फ़ `/api/v1/auth` पर भेजी जाती है। इस page का JavaScript इसे पढ़ नहीं सकता; browser इसे refresh और logout requests के साथ खुद जोड़ देता है।",
  "refresh.localStorage": "`localStorage` में `refresh_token` key के नीचे, जिसे इस page की हर script पढ़ सकती है:",
  "refresh.rotates": "हर refresh पर यह बदल जाता है: हर refresh token सिर्फ़ एक बार खर्च हो सकता है।",

  "where.title": "कौन सा token कहाँ रहता है",
  "where.token": "Token",
  "where.place": "इस mode में कहाँ रखा है",
  "where.access.cookie": "सिर्फ़ memory में (इस tab का एक JavaScript variable)। Reload पर चला जाता है; cookie से नया मिल जाता है।",
  "where.access.localStorage": "`localStorage` में `access_token` key के नीचे, refresh token के साथ।",
  "where.refresh.cookie": "`HttpOnly` cookie में: browser इसे रखता है, scripts इसे देख नहीं सकतीं।",
  "where.refresh.localStorage": "`localStorage` में `refresh_token` key के नीचे।",

  "script.title": "इस page पर कोई script क्या पढ़ सकती है",
  "script.intro":
    "मान लीजिए किसी bug या compromised package के ज़रिए कोई malicious script इस page पर आ गई। उसे ठीक यही दिखेगा, जो अभी इसी page से live पढ़ा गया है:",
  "script.empty": "(खाली)",
  "script.noTokens": "(कोई token नहीं)",
  "script.verdict.cookie":
    "`document.cookie` में कोई refresh token नहीं है: `HttpOnly` उसे हर script से छिपा देता है। ऐसी script page खुला रहने तक access token का गलत use कर सकती है, लेकिन आपका session उठाकर ले नहीं जा सकती।",
  "script.verdict.localStorage":
    "`localStorage` में दोनों tokens हैं। कोई script refresh token copy करके अपनी machine से कई दिनों तक आपका session चला सकती है। इस mode में Content-Security-Policy (जो तय करती है कि कौन सी scripts चल सकती हैं) ही आपके tokens का मुख्य बचाव है।",

  "family.title": "आपके sessions (refresh-token families)",
  "family.intro":
    "हर login एक family शुरू करता है: पहला refresh token और उससे rotate होकर बने सारे tokens। किसी family को revoke करने पर वह device अपने अगले refresh पर sign out हो जाता है।",
  "family.current": "यही session",
  "family.started": "शुरू हुआ",
  "family.lastUsed": "आखिरी refresh",
  "family.expires": "Refresh न हो तो खत्म",
  "family.device": "Device",
  "family.unknownDevice": "अनजान device",
  "family.reload": "List फिर से load करें",
  "family.none": "कोई live session नहीं।",
  "family.failed": "Sessions load नहीं हो पाए: {error}",

  "timeline.title": "इस tab की timeline",
  "timeline.intro": "इस tab की हर API request, सबसे नई ऊपर। 401 `token_expired`, उससे हुआ refresh और request का retry एक जुड़े हुए group में दिखते हैं।",
  "timeline.empty": "इस tab में अभी तक कोई request नहीं।",
  "timeline.clear": "Timeline साफ़ करें",
  "timeline.group": "Expire हुआ → refresh → retry",
  "timeline.time": "समय",
  "timeline.event": "क्या हुआ",
  "timeline.status": "Status",
  "timeline.duration": "समय लगा",
  "event.request": "Request",
  "event.refresh": "Refresh",
  "event.retry": "Retry",
  "event.proactive-refresh": "Expire होने से पहले refresh (proactive)",
  "event.tab-refresh-received": "दूसरे tab से नया access token मिला",
  "event.signed-out": "Sign out: session खत्म हो गया",
  "event.login": "Sign in: 2 tokens मिले",
  "event.logout": "Sign out हुए",
  "event.restoreSkipped": "Page load: इस browser में किसी ने sign in नहीं किया, इसलिए refresh call भेजी ही नहीं",
  "event.noSession": "Restore करने को कोई session नहीं: आप signed in नहीं हैं",
  "event.replay": "खर्च हो चुके refresh token का replay (चोर)",

  "controls.title": "खुद try कीजिए",
  "mode.title": "Tokens कहाँ रखें",
  "mode.cookie": "Cookie (यही recommended है)",
  "mode.localStorage": "localStorage (classic tutorial वाला तरीका)",
  "mode.tradeoff":
    "Cookie mode में refresh token एक `HttpOnly` cookie में रहता है जिसे कोई script नहीं पढ़ सकती, और access token सिर्फ़ memory में। localStorage mode आसान है और बहुत से tutorials यही दिखाते हैं, लेकिन page की हर script दोनों tokens पढ़ सकती है: वहाँ Content-Security-Policy ही आपके tokens का मुख्य बचाव है।",
  "mode.switchNote": "Mode बदलने पर इस browser में आप sign out हो जाते हैं, क्योंकि आपके tokens दूसरी जगह रखे हैं।",
  "proactive.title": "Expire होने से पहले refresh",
  "proactive.label": "Access token expire होने से थोड़ा पहले ही proactively refresh करें",
  "proactive.description":
    "Default में on है: user को कभी 401 का इंतज़ार नहीं करना पड़ता। इसे off कीजिए तो countdown zero तक पहुँचेगा और अगली call पर 401 → refresh → retry दिखेगा।",
  "expire.title": "मेरा access token अभी expire करो",
  "expire.description":
    "आपके access token को एक ऐसे token से बदल देता है जो {ago} seconds पहले expire हो चुका है। यह server का असली signed token है, बस इसका समय खत्म है। फिर यह page आपके sessions माँगता है (`GET /auth/sessions`): timeline में 401, refresh और retry आते हुए देखिए।",
  "expire.button": "अभी expire करो",
  "expire.working": "Expire हो रहा है…",
  "expire.done": "हो गया: expired token को 401 `token_expired` मिला, एक refresh से नया pair आया, और retry हुई call सफल रही।",
  "expire.needsSignIn": "पहले sign in कीजिए: expire करने के लिए कोई access token नहीं है।",
  "expire.off":
    "यह server demo tools के बिना चल रहा है (setting `DEMO_TOOLS`), जैसा production server को चलना चाहिए। यह button use करने के लिए इसे `npm run demo` या `npm run dev` से चलाइए।",
  "replay.title": "पुराना refresh token replay करो",
  "replay.description":
    "यहाँ page चोर का role निभाता है। पहले वह refresh करता है, ताकि आपका मौजूदा refresh token खर्च हो जाए। फिर {grace} seconds की grace window बीतने तक रुकता है, और उसके बाद वही खर्च हुआ token दोबारा `/auth/refresh` पर भेजता है, ठीक वैसे जैसे चुराई हुई copy वाला कोई भेजेगा।",
  "replay.cookieOnly":
    "यह सिर्फ़ localStorage mode में है। Cookie mode में यह page refresh token को कभी देखता ही नहीं, इसलिए replay करने को कुछ नहीं है, और किसी चोर की script के पास भी नहीं होगा।",
  "replay.button": "Replay करो",
  "replay.step.rotate": "Refresh हो रहा है, ताकि मौजूदा refresh token खर्च हो जाए…",
  "replay.step.wait": "Grace window बीतने का इंतज़ार: {seconds} s बाकी",
  "replay.step.waited": "{grace} seconds की grace window बीत गई",
  "replay.step.send": "खर्च हुआ token `/auth/refresh` पर भेजा जा रहा है…",
  "replay.result": "Server ने 401 `invalid_grant` जवाब दिया और पूरी family revoke कर दी: उसका हर refresh token अब बेकार है, सबसे नया भी।",
  "replay.signOut": "इस tab का अपना refresh token भी उसी family का था, इसलिए इसका अगला refresh भी fail होता है और आप sign out हो जाते हैं।",
  "replay.unexpected": "Server ने पुराना token मान लिया (status {status})। क्या grace window उम्मीद से लंबी है?",
  "replay.why":
    "यह आपको कैसे बचाता है: हर use पर refresh token खर्च हो जाता है, इसलिए खर्च हुआ token वापस आने का मतलब है कि उसकी copy दो लोगों के पास है, आपके पास और किसी चोर के पास। Server नहीं बता सकता कि कौन कौन है, इसलिए वह दोनों के लिए session खत्म कर देता है। चुराई हुई copy उसी पल से बेकार है, और आप बस फिर से sign in कर लेते हैं।",
  "logoutAll.title": "हर जगह से log out",
  "logoutAll.description":
    "आपके account के सारे sessions revoke करता है (`POST /auth/logout-all`)। दूसरे devices अपने अगले refresh पर sign out हो जाते हैं; उनके पास पहले से जो access token है वह expire होने तक चलता रहता है, इसीलिए उसकी life सिर्फ़ {ttl} है।",
  "logoutAll.button": "हर जगह से log out करो",

  "learn.title": "इसके पीछे के ideas",
  "learn.rotation.title": "Rotation: हर बार नया token",
  "learn.rotation.body":
    "हर refresh मिले हुए refresh token को खर्च कर देता है और बदले में नया देता है। इसलिए हर refresh token ठीक एक बार काम करता है, और आपसे चुराई गई copy आपके browser के अगले refresh पर बासी हो जाती है।",
  "learn.reuse.title": "Reuse detection: चोरी पकड़ना",
  "learn.reuse.body":
    "अगर कोई खर्च हो चुका refresh token कभी वापस आता है, तो उसकी copy दो लोगों के पास होनी चाहिए। तब server पूरी family revoke कर देता है (एक ही login से निकले सारे tokens), ताकि चोर तुरंत बाहर हो जाए, चाहे पहले refresh चोर ने ही क्यों न किया हो।",
  "learn.httpOnly.title": "HttpOnly cookies क्यों",
  "learn.httpOnly.body":
    "`HttpOnly` वाली cookie को browser रखता और भेजता है, लेकिन JavaScript उसे देख नहीं सकता। Page पर चल रही कोई malicious script भी refresh token पढ़कर आपका session कहीं और नहीं ले जा सकती। `SameSite=Strict` और server का `Origin` check दूसरी sites को इस cookie का use करने से रोकते हैं।",
  "learn.grace.title": "Grace window किसलिए है",
  "learn.grace.body":
    "हो सकता है दो tabs एक ही पल में एक ही token से refresh करें, या कमज़ोर network पर कोई response खो जाए। इसलिए किसी token के पहले use के {grace} seconds के अंदर उसे दोबारा दिखाने पर alarm नहीं बजता, बल्कि एक और नया pair मिलता है। उसके बाद वह reuse माना जाता है।",

  "panel.toggle": "Token inspector",
  "panel.expiresIn": "Access token expire होने में",
  "panel.expired": "Access token expire हो गया",
  "panel.signedOut": "Signed in नहीं",
  "panel.recent": "ताज़ा requests",
  "panel.empty": "अभी कोई request नहीं।",
  "panel.more": "पूरा inspector खोलें",

  "unit.second": "{n} सेकंड",
  "unit.seconds": "{n} सेकंड",
  "unit.minute": "{n} मिनट",
  "unit.minutes": "{n} मिनट",
  "unit.hour": "{n} घंटा",
  "unit.hours": "{n} घंटे",
  "unit.day": "{n} दिन",
  "unit.days": "{n} दिन",
};

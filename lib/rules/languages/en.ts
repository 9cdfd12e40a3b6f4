import type { LanguageWords } from './types';

export const ENGLISH_WORDS: LanguageWords = {
  language: 'en',
  // Words both languages share ("in", "is", "we") are left out.
  markers:
    'the and of to you your are our for with that this would could be have it on at from please will not can as an a i me my about if they their there which what when been was were would should just also any'.split(' '),
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'e.g', 'i.e', 'approx', 'no', 'vol', 'fig', 'inc', 'ltd', 'co', 'corp', 'u.s', 'ph.d', 'dept', 'etc', 'vs', 'st', 'jr', 'sr'],
  stopWords:
    'the a an and or to for with of from on in at by as such you your me us our that which this these those is are was were be been it its they them their he she his her we i if so but not'.split(' '),
  notAnObject: ['not', 'never', 'have', 'has', 'before', 'beyond', 'under'],
  clauseBreaks: ['but', 'however', 'although', 'though', 'whereas'],
  suggestionOpeners: ["(?:(?:so|and|but)\\s+)?why\\s+(?:not|don['’]t|doesn['’]t|won['’]t|wouldn['’]t|shouldn['’]t|can['’]t|didn['’]t)(?![\\p{L}])"],
  listJoins: ['and', 'or', 'nor'],
  exampleOpeners: ['such as', 'including', 'e\\.g\\.?', 'for example', 'for instance'],
  continuationOpeners: [
    '(?:that|this|which) (?:also )?(?:includes?|covers?|means|applies to|goes for|extends to|holds for)',
    'the same (?:goes|applies|holds) (?:for|to)',
  ],
  standingTerms: [
    '(?:the )?same (?:deal|terms|arrangement|rate|fee|amount)',
    'same as (?:before|always|usual|agreed|last \\w+|in \\w+)',
    // A standing routine of delivery: "same format as December".
    'same (?:format|layout|set-?up|structure|template|columns|way|route|channel) as (?:before|always|usual|agreed|last \\w+|in \\w+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*)',
    // The routine said fine without a reference: "same layout is fine", "same folder as before works fine".
    'same (?:format|layout|set-?up|structure|template|columns|folder)(?: as (?:before|usual|always))? (?:is|are|works) (?:fine|good|perfect|ok|okay)',
    '(?:on|under) the (?:usual|agreed|same) (?:terms|basis|arrangement)',
    'terms (?:unchanged|as before|as agreed)',
  ],
  nextInstalments: [
    'same again',
    'same as (?:last|before|after|in|with|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*)',
    // As for the quarter before, or as the reader did then: "same as Q1 please", "same as you did with Q2".
    'same as (?:q[1-4]|h[12])\\b',
    // The standing deal named: "same arrangement as in March", "same terms as last time".
    'same (?:arrangement|deal|terms|routine) as',
    // The same for the next period, or as the named one: "Same for the November lots?", "same as the March one please".
    'same for (?:the )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*|q[1-4]|next)\\b',
    'same as the (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*|q[1-4]|last|previous) (?:one|list|set|batch|version|sheet|file)',
    'same as (?:you|we) did (?:with|for|in|last)',
    '(?:the )?same way',
    '(?:like|as) (?:last time|before|this time)',
    // As the times, days or weeks before: "like the last few times please", "same as the previous two times", "same as the last few Fridays".
    '(?:same as|like|as) (?:the )?(?:last|past|previous) (?:few|two|three|four|couple of) (?:times|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weeks|months|rounds|quarters|shifts)',
    // The next period's one, and from now on in it: "next month again?", "from now on with the licence numbers too".
    '(?:next|coming) (?:month|week|quarter|round|time) again',
    'from now on (?:\\S+ ){0,6}(?:too|as well|also)',
    "(?:the|this|next) (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*|q[1-4]|month['’]s|week['’]s|quarter['’]s) (?:one|version|list|sheet|file|update|numbers|figures|set|batch|export|logs?|report|planning|schedule)",
    // As for the period before, and brought along once more: "as with Q1", "bring the list again".
    '(?:like|as) (?:with|for|in) (?:q[1-4]|h[12])\\b',
    'bring (?:the|it|them|that|those)(?: \\S+){0,4} again',
    // Once more to the same box, and thanks for the one before: "to this address again please", "thanks again for last time".
    '(?:to )?this address again',
    'again to this address',
    '(?:thanks|thank you)(?: again)? for (?:last time|the last one|the previous one)',
    // The set format named bare: "weeks 14 to 17, same layout.".
    'same (?:format|layout|set-?up|structure|template|columns)(?=\\s*[.!?]|\\s*$)',
    'the next (?:one|batch|version|update|list)',
    // The refreshed one of a series: "the updated one for the east annex", "the second batch".
    'the (?:updated|latest|fresh|refreshed) (?:one|list|sheet|overview|export|version|file)',
    'the (?:newer|new) one',
    'the (?:second|third|fourth) (?:one|batch|set|part|list)',
    // A month's own one: "April's one"; "all good for December as well?".
    "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*['’]s (?:one|list|sheet|file|numbers|figures|version|update)",
    '(?:for|with) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w* (?:as well|too)',
    // The same for another group: "send me the same for them, like this one", "the one for Hanwol too".
    '(?:send|do) (?:me )?the same for',
    'like this one',
    'same as you did (?:for|in|last)',
    'the one for \\w+ (?:too|as well)',
    "the (?:first|second|third|fourth|next|last) quarter['’]s(?: one| list| sheet| figures| numbers)?",
    // A season's round and again as then: "is the autumn round in yet? Then again like in March".
    'the (?:spring|summer|autumn|fall|winter|year-end|quarterly) (?:round|batch|list|export|update)',
    // The same for the next period: "same for next week please".
    '(?:the )?same for (?:next|this|the coming) (?:week|month|shift|round)',
    // As the reader did it before: "like you did in July".
    '(?:like|as) you did (?:in|for|with|last|before)',
    'same as the (?:first|last|previous|earlier|other) (?:one|batch|set|time|list)',
    // A month's one named bare at the start: "October one when you get a chance?".
    '(?:^|(?<=[\\n.!?]\\s*))(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w* (?:one|list|sheet|file|numbers|figures|version|update)',
    // Like the ones of a period before: "could you do them like the Q2 ones?".
    '(?:like|as) the (?:q[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*|last|previous|earlier) (?:ones?|versions?|batch|lists?|sheets?)',
    'again (?:like|as) (?:in |with )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last time|before|then|the spring|the summer|the autumn)\\w*',
  ],
  sendVerbs: ['send', 'sending', 'forward', 'forwarding', 'mail', 'e-?mail', 'write', 'reply', 'drop', 'copy'],
  // Also the reader's promise of the rest: "the rest I'll send tonight from home".
  // "Sent." and "Done." opening the reader's reply, not "this is done in the next version" or "Sent from my iPhone".
  handovers: ['(?:^|(?<=\\n))[>\\s]*(?:sent|done|uploaded|shared)[.!]', '(?:^|(?<=\\n))[>\\s]*sent (?:(?:it|them|everything|the \\w+(?: one| ones)?) )?(?:from|over|to|this|last|yesterday|earlier|again)', 'on(?:to)? (?:the|a) (?:stick|usb stick|memory stick|thumb drive)', "i(?:['’]ll| will) bring (?:it|them|the \\w+)", "it(?:['’]s| is) (?:all )?on (?:the|a|your) (?:stick|drive|usb|share)", "it(?:['’]s| is) in the (?:folder|drive|dropbox|share)", '(?:put|uploaded|saved|copied) (?:it|them|everything) (?:on|onto) (?:the|a|your) (?:stick|drive|usb|share)', 'here you go', "here(?:['’]s| is| are)", 'here (?:it|they) (?:is|are)', 'attached', 'enclosed', 'please find', 'as promised', "i(?:['’]ll| will) send"],
  passOns: [
    '(?:answer|go through|look at|have a look at|take a look at|run through|work through|deal with|help (?:them|him|her) with) (?:these|those|the|their|his|her) (?:questions|queries|points)',
    '(?:questions|queries|points) (?:below|underneath)',
  ],
  publicQualifiers: ['published', 'public', 'publicly available', 'publicly released', 'open[- ]source', 'announced', 'released', 'peer-reviewed'],
  qualifierNegators: ['not', 'non', 'yet', 'never'],
  givenBySender: [
    "(?:we|i)(?:['’]ve| have)? (?:just |already |now )?(?:uploaded|attached|enclosed|sent|forwarded|shared|put|placed|added)",
    // What the sender makes known: "we disclose client names to experts on request".
    '(?:we|i) (?:always |normally |routinely |only |will )?(?:disclose|reveal)',
    // What the sender offers to hand over: "text me and I'll give you the door code".
    "(?:i|we)(?:['’]ll| will| can| could) (?:give|send|text|tell|pass) you",
    'please find attached',
    'attached (?:you will find|are|is)',
  ],
  readerWishes: ["you(?:['’]d| would)(?: really| also| rather)? (?:like|love|prefer|welcome)"],
  imperatives: [],
  notImperativeOpeners:
    'i we you he she it they this that these those there here the a an my our your his her its their in on at for as if when while since because after before to of from by with and or but so dear hi hello thanks thank best regards kind is are was were will would could should can may might do does did have has had not no yes what which who how why where'.split(' '),
  // German Outlook's banner too ("-----Ursprüngliche Nachricht-----"): suppliers' English mail often quotes with it.
  replyHeaders: [
    'On\\s.{3,200}\\bwrote:',
    '-{2,}\\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht)\\s*-{2,}',
    'Begin forwarded message:',
    // German and French mail clients' replies: "Am 21.11.2025 um 23:40 schrieb …:", "Le 3 mars 2026 à 10:02, … a écrit :".
    'Am\\s.{3,200}\\bschrieb\\b.{0,120}:',
    'Le\\s.{3,200}\\ba écrit\\s?:',
  ],
  replyHeaderWords: [
    'on', 'at', 'wrote', 'from', 'sent', 'date', 'original', 'message', 'am', 'pm', 'um', 'schrieb', 'von', 'gesendet', 'le', 'a', 'à', 'écrit',
    'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
    'mo', 'montag', 'di', 'dienstag', 'mi', 'mittwoch', 'do', 'donnerstag', 'fr', 'freitag', 'sa', 'samstag', 'so', 'sonntag',
    'jan', 'january', 'januar', 'feb', 'february', 'februar', 'mar', 'march', 'mär', 'märz', 'apr', 'april', 'may', 'mai', 'jun', 'june', 'juni',
    'jul', 'july', 'juli', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'okt', 'oktober', 'nov', 'november', 'dec', 'december', 'dez', 'dezember',
  ],
  // With German Outlook's labels, as for its banner above.
  quotedFromLabels: ['From', 'Von'],
  quotedDateLabels: ['Sent', 'Date', 'Gesendet', 'Datum'],
  closings: [
    '(?:best|kind|warm|warmest|with kind|with best)\\s+regards',
    'regards',
    'best',
    'warmly',
    'sincerely',
    'yours(?: sincerely| faithfully| truly)?',
    '(?:best|warm|kind) wishes',
    'all the best',
    'cheers',
    'thanks',
    'thank you',
    'many thanks',
    'respectfully',
    'with (?:deep |great )?respect',
    'looking forward',
  ],
  footerCues: [
    'this (?:e-?mail|message|communication)(?: \\(?and any attachments?\\)?)? (?:is|are|may be|may contain|contains?) (?:strictly |legally )?(?:confidential|privileged|intended)',
    'intended (?:solely |only )?for the (?:use of the )?(?:addressee|recipient|individual)',
    'if you (?:are not|have received (?:this|it))',
    'disclaimer',
    // A legal footer often opens with the company's registration: "Atlas Ltd is registered in England and Wales."
    'registered (?:in england|in the netherlands|office|under (?:company )?(?:no|number))',
    'company (?:registration|reg\\.?) (?:no|number)',
    // A German company's register lines, common under English mail from suppliers: "Sitz Hanau, Amtsgericht Hanau HRB
    // 98112", "Geschäftsführer: Dr. Markus Kessler".
    'amtsgericht|handelsregister|registergericht|geschäftsführer|geschäftsführung|hrb \\d',
    'unsubscribe',
    'you (?:are receiving|received) this (?:e-?mail|message|newsletter)',
  ],
  reportingWords: [
    'wrote', 'writes', 'written', 'said', 'says', 'told', 'asked', 'asks', 'asking', 'offered', 'promised', 'quoted',
    'messages?', 'phrases?', 'lines?', 'wording', 'such as', 'like', 'for example', 'for instance', 'e\\.g\\.',
    'including', 'among others',
  ],
  othersConditions: ['(?:if|when|whenever|should) (?:anyone|anybody|someone|somebody|a (?:contact|stranger|host|visitor|recruiter|journalist)|people|others)'],
  reportInstructions: ['(?:please )?(?:note|report|tell|inform|contact|call|flag|mention|forward|let)', '(?:do not|don[\'’]t) (?:answer|reply|respond|engage)'],
  firstPerson: ['I', 'we', "I've", "we've", "I'd", "we'd", 'my', 'our'],
  addressedToReader: [
    '(?:sent|wrote|messaged|has written|wrote to|sent to) you',
    '(?:a |an |new )?(?:message|note|InMail|invitation) (?:for|to) you',
  ],
};

/**
 * The reply coach: reads a typed reply to a customer for what it does, not which words it uses.
 *
 * A reply is read by the English reader (lemmas, parts of speech, sentences, negation scope; see
 * `src/domain/lib/language/`). Each action (acknowledge the feeling, apologise, own the problem,
 * explain, offer a fix, offer a choice, commit to a time, ask what they need…) is recognised by cues:
 * short patterns of subjects, verbs and objects ("I/we + will/can + replace/refund/swap…"), so
 * "I'll swap it for a new one" and "let me get you a replacement" are the same action. The head of
 * every cue must not be negated: "I won't apologise" is no apology, "we can't refund it" is no offer
 * (it is a refusal). Faults a reply must not commit are read the same way: refusing with no
 * alternative, blaming the customer or another department ("the warehouse messed up"), promising
 * beyond the role's authority, sarcasm, insults, brushing feelings aside, hiding behind policy.
 *
 * Texts that are not sentences (empty, one or two words, a list of keywords, another language) are
 * coached and never scored. A turn's rubric (in `lessons/scenarios/`) names the actions a strong reply
 * takes there; the verdict compares the reply with it, and the conversation continues from the
 * scripted choice whose own reading is closest to the reply's (see `closestChoice`).
 *
 * Limits, said plainly to the learner: it is an automatic reading. It cannot hear tone beyond a few
 * sarcasm markers, and an unusual wording of a good move may be missed.
 */
import { findAnyCue } from '../lib/language/cues';
import type { Reading, Token } from '../lib/language/reading';
import { quote } from '../lib/language/reading';
import { textForm } from '../lib/language/text-form';
import type { TextForm } from '../lib/language/text-form';
import type { Choice, ReplyAction, ReplyFault, ReplyRubric, TurnNode } from './scenario-types';
import { REPLY_ACTIONS, REPLY_FAULTS } from './scenario-types';
import { ACTION_LABELS, FAULT_LABELS } from './reply-labels';

// ---------------------------------------------------------------------------------------------
// Vocabulary

const FEELING =
  'frustrating|frustrated|frustration|annoying|annoyed|stressful|stressed|stress|worrying|worried|worry|' +
  'upset|upsetting|maddening|infuriating|disappointing|disappointed|inconvenient|awful|horrible|angry|' +
  'cross|fed|nervous|anxious|scary|scared|irritating|irritated|difficult|hard|pain|nightmare|hassle|' +
  'shock|panic|pressure|unfair|exhausting|gutted|daunting|tough|rough|rubbish|terrible|miserable|' +
  'unsettling|livid|furious|concerned|concern|nerve|nerves|jittery|apprehensive|uneasy|overwhelming|' +
  'overwhelmed|embarrassing';
const I_WE = 'i|we|let';
/** What stands between "I"/"we" and an offer: "I will", "we can", "I'm going to", "I'm happy to". A bare
 * "am"/"are" is left out, so "we're fully booked" is no booking. */
const WILL = 'will|can|could|shall|would|going|happy|glad|want|us|me|able';
const REMEDY =
  'replace|refund|swap|exchange|fix|repair|sort|correct|reverse|credit|reimburse|cover|pay|send|resend|' +
  'reset|restore|unlock|fetch|get|bring|rebook|waive|cancel|return|process|adjust|test|tune|deal|' +
  'arrange|book|give|add|deliver|ship|reissue|honour|honor|chase|handle|grab|collect|release|hand|' +
  'run|register|put|remove|rush|prioritise|prioritize|skip|ring|call|phone|' +
  'contact|set|change|apply|issue|clear|recover|rerun|resubmit|override|reserve|dispatch|post|' +
  'seat|sit|move|resell|courier';
/** Offers already carried out ("I've refunded it"): the same verbs, less "get" ("I've got nine waiting"). */
const REMEDY_DONE = REMEDY.replace('get|', '');
const REMEDY_NOUN = 'refund|replacement|exchange|reimbursement|credit|repair|swap|money|voucher|compensation';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend';
const WHEN =
  'today|tonight|now|immediately|tomorrow|asap|instantly|straightaway|shortly|morning|afternoon|evening|' +
  'lunchtime|midday|noon|overnight|' +
  DAYS;
/** Who commits to something: "I'll", "we can", "it will be", "you'll have". */
const COMMIT = 'i|we|it|that|this|they|everything|let|refund|money|parcel|bike|box|order';
/** "you" commits only outside a question: "are you going anywhere on Saturday?" commits to nothing. */
const YOU_COMMIT_GUARD = '^are|is|do|did|were|was|will|would|can|could|have|had|if';
const COMMIT_VERB = 'will|can|shall|going|be|should|collect|pick|ready';
const OTHER_PARTY =
  'manufacturer|manufacturers|supplier|suppliers|warehouse|department|team|system|courier|driver|drivers|' +
  'colleague|colleagues|accounts|billing|finance|bank|head|office|factory|xyz|management|they|someone|' +
  'somebody|whoever|depot|shift|computer';
const CUSTOMER_SLIP =
  'drop|break|damage|misuse|ignore|forget|overload|pour|abuse|lose|delete|press|click|type|enter|spill|' +
  'bend|mishandle|misread|miss|overfill';

/** The coach's own cues for each action, before a turn's rubric adds its own. */
const ACTION_CUES: Record<ReplyAction, readonly string[]> = {
  'acknowledge-feeling': [
    `that|this|it|which must|sound|seem|feel|be|is|was|look ~3 !${FEELING}`,
    `imagine|understand|appreciate|know|see|get|hear|realise|realize ~5 !${FEELING}`,
    `i|we would|'d be|feel ~3 !${FEELING}|same`,
    `you must|might be|feel ~3 !${FEELING}`,
    `you are|'re ~2 !${FEELING}`,
    'no !wonder',
    `how !${FEELING}`,
    `natural|normal|understandable|fair ~5 !${FEELING}`,
    `${FEELING}|worries|nerves ~5 is|are ~2 !natural|normal|common|understandable`,
    'the ~1 !last ~1 thing',
    `!sorry ~1 to|that ~1 hear|see`,
    `!sorry ~2 you|you've ~2 had|been|gone|have|waited`,
    'you ~1 have|got every ~1 !right',
    '!understandable|understandably',
    'i ~2 !imagine',
    'i ~2 completely|totally|fully|really ~1 !understand|get',
    'i ~1 !understand|appreciate ~2 how|why|that|this|what',
    'i can|could ~1 !see|tell ~2 why|how|that|this ~4 you|it|matter|mean',
    'you|your ~2 !nervous|worried|worry|excited|excitement|nerves',
    'i ~1 !hear ~1 you|that',
    `!${FEELING} ~2 for ~1 you`,
    'i ~2 !understand|sympathise|sympathize',
    'i ~1 !get ~1 it|that|you',
    'that|it ~1 !makes ~1 sense',
  ],
  apologise: ['!sorry|apologise|apologize|apology|apologies', 'i|we ~1 !regret'],
  'own-problem': [
    'our|my ~1 !mistake|error|fault|bad|responsibility|doing',
    'that|this|it is|was ~1 on ~1 !us|me',
    'we|i ~2 !get|make|mess|slip|drop|let|screw|muck ~3 wrong|mistake|error|up|ball|down',
    'leave ~2 with ~1 !me|us',
    'i|we will|can|ll ~2 !own|handle|deal ~2 it|this|that|with',
    'i|we ~6 !myself|ourselves|personally',
    'i|we ~2 take ~2 !responsibility|ownership|charge|care',
    '-it|this|that should|ought ~2 !happen',
    '-it|this|that|which is|was|be ~1 !good|acceptable|okay|ok|right|fair',
    '!mistake|error|fault ~2 on|at ~1 our|my ~1 end|side',
    'we|i ~1 should ~1 have ~2 !@verb',
    'we|i ~2 !made|caused',
    'i|we will|can ~2 !make ~2 it|this|that|things ~1 right',
    'by ~1 !mistake',
    'i|we will|can|ll ~2 !sort ~2 it|this|that ~1 out',
    'on ~1 !us',
    'down ~1 to ~1 !us|me',
    '-you ~1 should ~1 !have ~1 had|needed|been ~1 to|left|made',
    '+you ~2 did ~2 everything|nothing ~1 !right|wrong',
    '+not ~1 your ~1 !fault|mistake|doing',
  ],
  explain: [
    '!because|cause|caused|reason',
    'due|owing ~1 !to',
    'what ~1 !happened',
    'it|that|this looks|seems ~1 !like|as',
    'it|that|this !looks|seems|turns|appears ~2 that|like|out',
    'by ~1 !mistake|accident|error',
    'came|comes|come ~1 !from',
    'the ~1 problem|issue|fault|error|trouble ~1 !is|was|be|has|sits|lies',
    'that|which ~1 !means',
    'so ~1 !that',
    'this|that|it is|was|has ~3 !because|why',
    '=!error ~6 on|in ~2 our|the|their',
    '=the ~2 error|problem|fault|issue ~4 !caused|meant|made|put|sent|blocked|stopped',
    'it|that|this|which has|have|was|were|is ~1 been ~3 !put|sent|labelled|marked|loaded|charged|taken',
    'so ~1 it|that|the|your|they ~2 !went|got|was|ended|came|stayed|arrived|printed',
    '!already ~2 been|packed|sent|gone|left|dispatched|printed',
    'before|after ~1 you|your ~3 !changed|updated|moved|booked|called|rang|arrived|came',
    'that|this|which ~1 is|was ~1 !why',
  ],
  'offer-remedy': [
    `${I_WE} ~1 ${WILL} ~4 !${REMEDY}`,
    `${I_WE} ~1 ${WILL}|am|are|'m|'re ~2 !offer|offering`,
    `${I_WE} ~4 !${REMEDY_DONE} ~3 it|this|that|you|one|the|your|a|an|out|now|right|today|immediately`,
    `${I_WE} ~2 !getting ~3 it|this|that|you|one|the|your|a|an|out|now|right|today|immediately`,
    `shall|can|could|may|let ~1 i|we|me|us ~3 !${REMEDY}`,
    `would|do|shall ~1 you ~1 like|prefer|want|rather ~5 !${REMEDY_NOUN}|${REMEDY}|one|back`,
    `you will|'ll|can ~2 !get|receive ~4 ${REMEDY_NOUN}|back|one|access`,
    `you will|'ll|can ~2 !have ~1 a|an|the|your|it|one|them|@num|full ~3 ${REMEDY_NOUN}|back|one|access`,
    `>a|an|the|your|full|partial|brand !${REMEDY_NOUN}|replacement`,
    'a|the|brand ~1 new ~1 !one|processor|kettle|machine|bike|card|unit',
    'money|@num ~1 !back',
    `i|we ~1 have|'ve ~2 !${REMEDY_DONE}|done`,
    `here ~2 !what ~2 i|we`,
    'here ~1 is ~2 !plan|backup|option|solution|fix|alternative',
    `${I_WE} ~2 !@verb ~2 it|this|that ~1 right|working|sorted|fixed|done`,
    `i|we just|also|personally|now|then|happily|gladly|really|simply|quickly|always? !${REMEDY}`,
    'been|be|being ~1 !refund|reimburse|credit|repay|replace|repair|reserve|rebook|fix|arrange|adjust|sort|tune|correct|reverse|waive|cancel',
    'on ~1 its|their ~1 !way',
    'you can|could ~2 !collect|pick ~4 from|up|at',
    'you will ~1 be ~1 able ~1 to ~1 !collect|pick',
    'i|we will|can|could ~2 !find ~2 you ~3 a|somewhere|seat|seats|table|space|room|one',
    '=things|what ~2 i|we ~1 can|could ~1 !do',
    'get|gets|got ~1 !sorted|fixed|replaced|repaired|adjusted',
    'new|fresh|another|replacement !box|order|parcel|pack|one|supply|pair ~3 going|coming|goes|sent|heading|on|out',
  ],
  'offer-choice': [
    'which|whichever ~3 !prefer|like|rather|suit|want|work|best',
    '=would|do|or ~1 you ~1 !prefer|like|want|rather ~8 or',
    '!either ~10 or',
    "you|you'd ~1 can|could|might ~1 !choose|pick|decide|prefer",
    'up ~1 to ~1 !you',
    'your ~1 !choice|call|decision',
    'you ~1 !choose|decide|pick',
    '!option|options|alternatives',
    '=or ~5 if ~1 you ~1 !prefer|like|rather|want',
    '=or ~2 would ~1 you ~1 !rather|prefer',
    '!whichever',
    'what ~1 would ~2 you ~1 !prefer|rather',
  ],
  'commit-time': [
    `=${COMMIT} ~1 ${COMMIT_VERB} ~10 !${WHEN}`,
    `=${YOU_COMMIT_GUARD} you ~1 ${COMMIT_VERB} ~10 !${WHEN}`,
    `${COMMIT} ~1 will|can|shall|going ~14 !${WHEN}`,
    `=!${WHEN} ~6 ${COMMIT} ~1 ${COMMIT_VERB}`,
    `=${COMMIT} ~1 ${COMMIT_VERB} ~10 by|before|within|until|till|in|at ~3 !@num|end|close|lunch|lunchtime|noon|midday|hour|minutes|minute|hours|${DAYS}`,
    'right|straight ~1 !away|now',
    'at ~1 !once',
    'every ~2 !minutes|minute|hour|hours|@num',
    'within ~2 !hour|minutes|minute|hours',
    'within ~3 !days|day|week|working',
    'first ~1 !thing',
    `${COMMIT} ~1 ${COMMIT_VERB} ~4 !quickly|urgently|promptly|soon|immediately`,
    `ready|collection|collect|pick|done|back ~4 !${WHEN}`,
    `.going|coming|arriving|arrive|arrives|dispatched|sent|goes|leaves|out|delivered|booked|scheduled|due ~5 !${WHEN}`,
    'next ~1 !day',
    'in ~3 !minutes|minute|hour|hours|mins',
    'half ~1 an ~1 !hour',
    `text|email|call|ring|message|phone|update|confirm ~1 you ~5 !${WHEN}|soon`,
    `?would|does|will|could|can ~4 !${WHEN}`,
  ],
  'ask-need': [
    'what ~3 !need|help|matter|important|plan|planning|want|worry|worries|concern|concerns',
    'how ~1 can|could|may ~1 i|we ~1 !help',
    '!tell ~2 me|us ~3 more|about|what',
    'is ~1 there ~1 !anything',
    'what ~1 else',
    '?how ~2 !far|long|big|many|much|often',
    'where|when|what ~2 is|are|was ~2 !ride|event|race|route|deadline|trip|run',
    'can|could|would ~1 you ~1 !tell|show|walk|describe|send|explain',
    'anything ~3 !else|worry|bother|concern',
    'is ~1 there ~1 !anyone|someone|somebody',
    '?what|which ~2 !time|day|date|night|evening|slot ~5 best|suit|suits|work|works|easier|better',
  ],
  'check-agreement': [
    'does|would|will|is|can|could that|this|it ~2 !work|suit|sound|help|ok|okay|alright|fine|right',
    '?would|does|will ~3 !suit|work',
    '?that|this ~1 !ok|okay|alright|fine',
    'how ~1 does|would ~1 that|this ~1 !sound',
    'are|is ~1 you|that ~2 !happy|ok|okay|alright|fine',
    '!ok|okay|alright ~2 with ~1 you',
    'if ~1 that|this ~1 !works|suits|helps',
    'is ~1 that|this ~1 !@adj',
  ],
  'keep-informed': [
    'i|we will|can|ll|shall|would ~2 !text|call|ring|phone|email|e-mail|update|message|contact|ping|confirm ~3 you|back',
    'let ~1 you ~1 !know',
    'keep ~1 you ~1 !posted|updated|informed',
    'you will|ll|should ~2 !hear|get|receive|see ~4 email|text|message|call|confirmation|update|word|back',
    'get ~1 back ~1 to ~1 !you',
    '!update|updates ~2 you|every',
    '!confirm ~3 it|that|this|both|when|by',
    'send ~2 you ~2 a|an|the ~1 !text|email|message|link|confirmation|details',
    'and ~1 !text|email|call|ring|message|phone ~2 you',
  ],
  'add-extra': [
    'i|we will|can|ll ~2 also ~3 !@verb',
    '!extra|free|spare|bonus|complimentary|goodwill ~2 @noun|check|tube|credit',
    'as ~1 !well',
    'on ~1 top',
    'throw|chuck ~1 !in',
    'while ~1 it|i|we ~3 !@verb',
    '!too',
    'i|we will|can|ll ~4 and|also ~2 !check|look|test',
    'make ~1 !sure ~3 it|you|everything|nothing',
  ],
  'refer-onward': [
    '!send|sent|go|goes|return|returned ~3 back|off|away|to ~3 manufacturer|supplier|warehouse|testing|test|workshop',
    '!send|sent|go|goes ~2 it? ~1 away|off',
    '!log|raise|open|create|file|submit ~3 ticket|case|report|request|form|complaint',
    '!escalate|escalated|pass|hand|forward|refer|transfer ~3 it|this|that|you|on|over|to',
    'for ~1 !testing|assessment|inspection|investigation|review',
    '!ticket|case ~2 number|reference',
    '!reference ~1 number',
  ],
  'make-wait': [
    '!take|takes|taking ~4 week|weeks|days|months|while|time|working',
    'you will|ll|would|d ~1 have|need ~1 to ~1 !wait',
    'up ~1 to ~3 !@num|ten|five|three',
    '@num|few|couple ~2 !weeks|months|working',
    'wait ~1 while|until|in|for',
    'in ~1 the ~1 !queue',
    '!queue',
    'probably|somewhere|might|maybe ~3 !somewhere|back|around',
    'will ~1 have ~1 to ~1 !look',
    'i|we will|can|ll|let|me|going ~3 !look|check|search|find|see|investigate|ask ~3 out|for|back|into|with|where|if|what|around|at',
    'have ~1 a ~1 !look',
    'let ~1 me|us ~2 !look|check|search|find|see|investigate|ask',
    'give ~1 me ~2 a ~1 !while|bit|moment|minute|sec|second',
    'a ~1 !while',
  ],
};

/** The coach's own cues for each fault. */
const FAULT_CUES: Record<ReplyFault, readonly string[]> = {
  refuse: [
    `-i|we can|will|do|does|am|are|be|could|would ~3 !${REMEDY}|help|do|accept|offer|budge|find`,
    '+nothing ~4 i|we|more ~3 can|could ~1 do',
    '+nothing ~2 !more ~2 we|i|to',
    '-i|we am|are|be ~2 !sorry',
    '-i|we will|am|be|do ~3 !apologise|apologize|apologising|apologizing',
    '-i|we will|am|be|do ~3 !say ~1 sorry',
    '-i|we will|am|be|do|can ~3 !look|check|search|chase|stay|bother',
    '+no ~1 !refunds|returns|exceptions|way|refund|chance',
    '+!impossible',
    '-it|that|this is|be ~1 !possible',
    '+not ~1 !today',
    '+can|could not ~1 !help',
    '+not ~1 !happening',
    '+out ~1 of ~1 my|our ~1 !hands',
    '+you ~2 !can ~1 not ~2 have',
    "+that ~1 is|'s ~1 !final",
    '+no ~1 !tables|table|seats|rooms|space|availability|claim',
    '+that ~1 is ~1 just? ~1 how ~1 it ~1 !is|works',
    '-something ~2 we|i ~2 !cover|do|offer|handle|deal|pay|refund',
    '+i|we ~1 am|are ~1 not ~1 !responsible|liable|obliged',
    '-we|i ~1 need ~1 to ~1 !check|look|test|replace|fix|send|refund|do',
    '-that|it|this|which|they|those ~1 is|are|was ~2 !included|covered',
    '+you will|would ~1 have|need ~1 to ~2 !come ~2 back|again',
    '+you will|would ~1 have|need ~1 to ~2 !buy|get|find ~3 some|elsewhere|locally|yourself|own',
    '+!tough',
  ],
  'blame-customer': [
    'you ~1 should|ought ~1 have|of|to ~3 !read|check|checked|keep|kept|call|tell|ask|look|know|use|follow|report|notice|think|wait|pay|register|save|back|bring|take|say|do|listen|update|try|realise|realize|book|come|be|read|plan|order|buy|earlier|sooner',
    'your ~1 !fault|problem|responsibility|mistake|error|issue|lookout',
    `you ~1 must|might|probably ~2 have ~2 !${CUSTOMER_SLIP}|put|use|run|leave|fill|forget`,
    `you ~1 probably|must|obviously|clearly|just ~1 !${CUSTOMER_SLIP}|put|used|ran|left|filled|forgot`,
    `you ~3 !${CUSTOMER_SLIP}`,
    'did ~1 you ~2 even|actually|bother|not ~2 !@verb',
    '+user|customer|operator ~1 !error',
    '!read ~2 the ~2 manual|instructions|terms|guide|email|text|label',
    'if ~1 you ~1 had|would|d ~2 !read|listen|check|follow|come|bring|call|pay|been|waited|wait|stayed|kept',
    '+everyone ~1 else ~2 !manages|manage|can|seems|copes',
    '+you ~1 !people',
    '+hot ~2 !liquids|liquid',
    '+your ~1 own ~1 !fault',
    'it|that|this ~1 is|was ~1 on ~1 !you',
    '+you ~2 !clearly|obviously',
    'you ~2 !caused',
    'you ~2 !book|booked|pick|picked|chose|choose|order|ordered|enter|entered|type|typed|select|selected ~3 wrong',
    '+!learn ~2 to ~1 read|use|count|spell|check',
    '+maybe|just|go ~1 !learn',
    '+how ~1 could ~1 you ~2 !fall|believe|give|trust|forget|miss',
    '+it|that|this ~1 was ~1 your ~1 !choice|decision ~1 to',
    '+do ~1 not ~6 next ~1 !time',
    '=+maybe|try|just check|read|look|learn|keep ~6 !time|often|carefully',
    '+then ~1 you ~1 would ~2 !have|go|need|be',
    '+you ~1 should|ought ~1 to? ~1 !keep|plan|save|learn|listen|remember|think',
    '+!leave|leaves|left ~2 it|things|everything ~2 to ~1 the ~1 last ~1 minute',
  ],
  'blame-other': [
    '+not ~3 my|our|an|a|the|it|mine|ours ~2 !fault|department|job|responsibility|remit|area|call|doing|issue|problem|concern',
    '+matter|job|one|thing|case ~2 for ~1 the|your ~1 !police|bank|courier|manufacturer|supplier|council|warehouse|insurer',
    '+a|the ~1 manufacturer|supplier|courier|bank|warehouse|system|council ~1 !issue|problem|fault|thing|matter',
    `^our|my ${OTHER_PARTY} ~6 !mess|messed|screw|screwed|muck|mucked|botch|botched|blunder|cock|foul`,
    `^our|my ${OTHER_PARTY} ~3 !fault|blame|problem|responsibility`,
    `=>^our|my ${OTHER_PARTY} ~5 !put|sent|made|lost|broke|caused|did`,
    '!take|raise ~1 it|this|that ~1 up',
    `you will|'ll|would|'d|can|could|need|have|must ~3 !call|contact|ring|phone|email|speak|talk|ask|go|write|complain|chase|send|take|return ~4 ${OTHER_PARTY}|them|directly|elsewhere`,
    '+i|we ~1 just ~1 work ~1 !here',
    '+nothing ~1 to ~1 do ~1 with ~1 !me|us',
    '+i ~1 did ~1 not ~1 !put|make|send|break|lose|book|pack|cause',
    '+above ~1 my ~1 pay ~1 !grade',
    '+!blame',
    '+that|it ~1 is|was ~1 the ~1 !supplier|manufacturer|warehouse|courier|bank|system',
    '+not ~1 an|a ~1 it|our ~1 !fault|issue|problem',
  ],
  overpromise: [
    '+guarantee|promise|swear ~8 !never|always|forever|nothing|every|perfect',
    "+will|'ll|won't ~1 never ~3 !happen|break|fail|go ~2 again",
    '+!free ~2 for ~1 life|ever|year|years|month|months|good',
    '+!lifetime|forever',
    "+i|we ~1 will|'ll ~3 !fire|sack|discipline|punish",
    '+refund ~4 !twice|double|triple|times',
    '+!double|triple ~2 money|refund|credit|back',
    '+give ~3 !everything|anything',
    '+whatever ~2 you ~1 !want|like|need',
    '+never ~1 have ~1 to ~1 !pay',
    '!promise|guarantee|swear ~3 it|this|that|you ~3 will',
    'it|you|they ~1 will ~1 !definitely|certainly ~2 come|arrive|be|get',
  ],
  sarcasm: [
    '=+oh ~1 !great|wonderful|brilliant|sure|well|really|please|joy|lovely|fantastic|perfect',
    '=+oh ~3 !sure',
    '+sure ~4 you|your ~3 !survive|cope|manage|live',
    '+yeah|yes ~1 !right',
    '+^with|to|for|of|in|on|at|by|do|and|or|from|about !whatever',
    '+if ~1 you ~1 say ~1 !so',
    '+well ~1 !done ~1 you|then|genius',
    '+sorry ~3 you ~1 !feel|feeling|think ~2 that|way',
    '+sorry ~1 if ~1 you ~2 !feel|think|felt',
    '+boo ~1 !hoo',
    '+poor ~1 !you|thing',
    '+must ~1 be ~1 !nice',
    '+big ~1 !deal',
    '+thanks ~2 for ~1 !nothing',
    '+as ~1 !if',
    '+how ~1 !tragic',
    '+i ~1 !suppose ~1 you ~1 expect|want|think',
    '+what ~1 a ~1 !surprise|shock|shame|tragedy',
    '+!bless',
    '+let ~1 me ~1 !guess',
    '+cry ~1 me ~1 a ~1 !river',
    '+heaven ~1 !forbid',
    '+good ~1 luck ~1 with ~1 !that',
    '+you ~1 will ~1 !need ~1 it',
    '+lucky ~1 !you',
    '+shock ~1 !horror',
    '+of ~1 course ~1 it|you ~1 !is|did|do|was',
    '+^make|making|made|be|being|not|for|so|quite|very|pretty !sure ~2 you ~1 are|were|did',
    '+clearly ~2 the ~1 !end',
    '+!genius',
    '+first ~1 world ~1 !problem|problems',
    '+!happy ~1 now',
    '+your ~1 !precious',
    '+how ~1 !brave|tragic|heroic',
    '+oh ~1 !wow',
  ],
  insult: [
    '+shut ~1 !up',
    '+!idiot|idiots|stupid|moron|morons|dumb|pathetic|clueless|incompetent|fool|muppet|numpty|whining|whinge|whinging|moaning|childish|hysterical|entitled|loser|jerk|prat|twit|dense|thick|brainless|imbecile|halfwit|cretin|dimwit|clown',
    '+get ~1 !lost',
    '+^not|to|can|will|would|could|you|i|we|they|never|cannot go ~1 !away',
    '+!rocket ~1 science',
    '+wait ~1 your ~1 !turn',
    '+!bloody|damn|damned|crap|hell|bugger|sod|piss|pissed',
    "+you ~1 are|'re ~2 !ridiculous|useless|unbelievable|impossible|annoying|rude|unreasonable|crazy|mad",
    '+grow ~1 !up',
    '+stop ~1 !whining|moaning|complaining|crying|shouting',
    '+!get ~1 a ~1 grip',
  ],
  dismiss: [
    '+calm ~1 !down',
    '+these|such|things|it ~2 !happen|happens',
    '+not ~1 a|such|that ~1 big ~1 !deal',
    '+!overreacting|overreact|over-reacting',
    '+everyone|everybody|all ~2 get|gets|feel|feels|is|are ~1 !nervous|worried|upset|anxious|angry',
    '+no ~1 need ~2 to ~2 !shout|upset|angry|emotional|rude|shouting',
    '+bad ~1 !luck',
    '+deal ~1 with ~1 !it',
    '+get ~1 over ~1 !it',
    '+what ~1 do ~1 you ~1 !expect',
    '+!relax|chill',
    "+it|that ~1 is|'s ~1 only|just ~2 !money|pounds|a|one|minutes|parcel|bike|file|dinner|lenses|tickets|box|meal",
    "+you|you'll ~1 will|'ll ~1 be ~1 !fine",
    '+nothing ~1 to ~1 !worry',
    '+just ~1 !nerves',
    `-see|understand|imagine|get|know ~5 !${FEELING}`,
    '+not ~2 sorry|apology ~1 !worthy',
    '+stop ~1 !panicking|panic|worrying|fussing|stressing|fretting',
    '+hold ~1 your ~1 !hand',
    '+everyone|everybody ~2 !worked|work ~1 up',
    '+not ~2 the ~1 end ~2 of ~2 the ~1 !world',
    '+what ~2 you ~1 !expect',
    '+you ~1 could ~1 !always ~1 just',
    '+you ~1 will ~1 just ~1 !have ~1 to',
    '+do ~1 not ~1 !take ~2 it ~1 out ~1 on',
    '+if ~1 you ~1 are ~1 that ~1 !nervous|worried|upset|bothered|scared|anxious|desperate',
    '+will ~1 not ~1 !kill ~1 you',
  ],
  'hide-behind-policy': [
    '+!policy|policies',
    '+rules ~1 are ~1 !rules',
    '+our ~1 !terms ~2 say|said|state|states|are|do',
    "+that ~1 is|'s ~1 the ~1 !process|procedure|rule|rules|system",
    "+i|we ~1 am|are|'m ~1 not ~1 !allowed|permitted|authorised|authorized",
    '+hands ~1 are ~1 !tied',
    "+system ~2 !won't|doesn't|does|will|can't ~1 not? ~1 let|allow",
    '+terms ~1 and ~1 !conditions',
    '+!procedure|procedures',
    '+the ~1 !process',
  ],
};

/** Faults that are only faults when the reply offers no way forward. */
const FAULT_WITHOUT_ALTERNATIVE: ReadonlySet<ReplyFault> = new Set(['refuse', 'hide-behind-policy']);
/** Actions that count as a way forward. */
const ALTERNATIVES: ReadonlySet<ReplyAction> = new Set([
  'offer-remedy',
  'offer-choice',
  'refer-onward',
  'add-extra',
  'own-problem',
]);

// ---------------------------------------------------------------------------------------------
// Reading a reply

export type ReplyVerdict = 'good' | 'partial' | 'weak' | 'harmful' | 'coached';

interface Evidence<T extends string> {
  id: T;
  /** The learner's words that showed it. */
  words: string;
}

export interface ReplyReading {
  form: TextForm;
  actions: Evidence<ReplyAction>[];
  faults: Evidence<ReplyFault>[];
}

function find(reading: Reading, cues: readonly string[]): Token[] | null {
  return findAnyCue(reading, cues);
}

const MONEY = /^[£$€]\s?(\d+(?:[.,]\d+)?)|^(\d+(?:[.,]\d+)?)\s?(?:pounds|quid|euros|dollars)$/i;
const COMPENSATION = new Set([
  'credit',
  'compensation',
  'goodwill',
  'voucher',
  'gift',
  'discount',
  'bonus',
  'gesture',
  'free',
  'payment',
  'cheque',
]);

/** A money amount over the limit, offered as credit or compensation (not a refund of what was taken). */
function overLimit(reading: Reading, limit: number): Token[] | null {
  const words = reading.tokens;
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token;
    const m = MONEY.exec(t.text.trim()) ?? MONEY.exec(`${t.text} ${words[i + 1]?.text ?? ''}`.trim());
    if (!m) continue;
    const amount = Number((m[1] ?? m[2] ?? '0').replace(',', '.'));
    if (amount <= limit || t.negated) continue;
    const near = words.slice(Math.max(0, i - 2), i + 3).filter((w) => w.clause === t.clause);
    if (near.some((w) => COMPENSATION.has(w.lemma))) return near;
  }
  return null;
}

/** What a reply does and which faults it commits, as evidence in the learner's own words. */
export function readReply(text: string, reading: Reading, rubric?: ReplyRubric): ReplyReading {
  const { form } = textForm(text, reading);
  if (form === 'empty' || form === 'not-english') return { form, actions: [], faults: [] };
  const actions: Evidence<ReplyAction>[] = [];
  for (const id of REPLY_ACTIONS) {
    const own = rubric?.cues?.[id] ?? [];
    const found = find(reading, rubric?.ownCues?.includes(id) ? own : [...own, ...ACTION_CUES[id]]);
    if (found) actions.push({ id, words: quote(found) });
  }
  const has = new Set(actions.map((a) => a.id));
  const hasAlternative = [...ALTERNATIVES].some((a) => has.has(a));
  const faults: Evidence<ReplyFault>[] = [];
  for (const id of REPLY_FAULTS) {
    if (FAULT_WITHOUT_ALTERNATIVE.has(id) && hasAlternative) continue;
    let found = find(reading, [...(rubric?.cues?.[id] ?? []), ...FAULT_CUES[id]]);
    if (!found && id === 'overpromise' && rubric?.creditLimit !== undefined) {
      found = overLimit(reading, rubric.creditLimit);
    }
    if (found) faults.push({ id, words: quote(found) });
  }
  // A list of words or a two-word reply is coached, unless it insults, mocks or blames: that is
  // harmful however short it is ("Shut up", "Whatever").
  if (form !== 'ok')
    return faults.length > 0 ? { form: 'ok', actions, faults } : { form, actions: [], faults: [] };
  return { form, actions, faults };
}

// ---------------------------------------------------------------------------------------------
// Judging against a turn's rubric, and choosing the branch

/** The verdict of a reading against a rubric. */
function verdictOf(reading: ReplyReading, rubric: ReplyRubric): ReplyVerdict {
  if (reading.form !== 'ok') return 'coached';
  if (reading.faults.length > 0) return 'harmful';
  const has = new Set(reading.actions.map((a) => a.id));
  const hits = rubric.actions.filter((a) => has.has(a)).length;
  const essentials = (rubric.essential ?? []).every((a) => has.has(a));
  if (hits >= rubric.goodAt && essentials) return 'good';
  if (hits > 0 || has.has('refer-onward') || has.has('make-wait') || has.has('offer-remedy'))
    return 'partial';
  return 'weak';
}

/**
 * How close a reply's reading is to a scripted choice's: shared actions count for; an essential action
 * of the rubric that the choice takes and the reply does not counts against; faults on one side only
 * count heavily against.
 */
function closeness(
  reply: ReplyReading,
  choice: { actions: ReplyAction[]; faults?: ReplyFault[] },
  essential: readonly ReplyAction[] = [],
): number {
  const mine = new Set(reply.actions.map((a) => a.id));
  const myFaults = new Set(reply.faults.map((f) => f.id));
  const theirFaults = new Set(choice.faults ?? []);
  let score = 0;
  for (const a of choice.actions) {
    if (mine.has(a)) score += 1;
    // The moves that set this choice apart count against it when the reply does not make them.
    else if (essential.includes(a)) score -= 2;
  }
  if (myFaults.size > 0 && theirFaults.size > 0) {
    score += 3;
    for (const f of myFaults) if (theirFaults.has(f)) score += 1;
  } else if (myFaults.size > 0 || theirFaults.size > 0) {
    score -= 4;
  }
  return score;
}

/** What a choice does to the conversation, summed: lower is worse for the customer. */
const costOf = (choice: Choice) =>
  (choice.effects?.mood ?? 0) + (choice.effects?.trust ?? 0) + (choice.effects?.score ?? 0);

/**
 * The scripted choice closest in meaning to the reply. Ties go to the choice that does least (so a
 * reply that does little is not credited with a strong choice); a reply with a fault no choice shares
 * then goes to the choice that costs the customer most ("calm down" continues as the blaming reply,
 * not the kindly over-promise); then to the order in the content.
 */
function closestChoice(node: TurnNode, reply: ReplyReading): Choice | null {
  const faulty = reply.faults.length > 0;
  const has = new Set(reply.actions.map((a) => a.id));
  const lacksEssential = (node.freeText?.essential ?? []).some((a) => !has.has(a));
  const otherPlainChoice = node.choices.some(
    (c) => !c.best && c.reads && (c.reads.faults ?? []).length === 0,
  );
  let best: { choice: Choice; score: number; size: number; cost: number } | null = null;
  for (const choice of node.choices) {
    if (!choice.reads) continue;
    // The best reply takes every essential action; a reply that leaves one out is not it.
    if (choice.best && lacksEssential && otherPlainChoice) continue;
    const score = closeness(reply, choice.reads, node.freeText?.essential);
    const size = choice.reads.actions.length;
    const cost = costOf(choice);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && size < best.size) ||
      (score === best.score && size === best.size && faulty && cost < best.cost);
    if (better) best = { choice, score, size, cost };
  }
  return best?.choice ?? null;
}

export interface ReplyJudgement {
  verdict: ReplyVerdict;
  reading: ReplyReading;
  /** The choice the conversation continues from; null when the reply is coached, not sent. */
  choiceId: string | null;
  /** Rubric actions the reply did not take, for tips. */
  missing: ReplyAction[];
  /** What the coach says, in plain sentences. */
  summary: string;
  /** How the coach understood the reply: "I read your reply as apologising and offering a choice." */
  understood: string;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

const FORM_COACHING: Record<Exclude<TextForm, 'ok'>, string> = {
  empty: 'Write a reply first: the coach reads sentences, so say what you would say to the customer.',
  'too-short':
    'That is too short to be a reply the customer can act on. Write it out as you would say it: what you understand, what you will do, and when.',
  'keyword-list':
    'That reads as a list of words rather than something you would say. Write it as sentences to the customer; the coach reads what your sentences do, not which words appear.',
  'not-english':
    'The coach can only read English, so it cannot judge this reply. Write it in English to get feedback; your text is kept below.',
};

const VERDICT_OPENERS: Record<Exclude<ReplyVerdict, 'coached'>, string> = {
  good: 'A strong reply for this moment.',
  partial: 'Part of a strong reply: the customer still needs more from you.',
  weak: 'This reply does not yet help the customer with their problem.',
  harmful: 'This reply would make things worse.',
};

/** Reads a typed reply at a free-text turn: verdict, the branch it continues on, and what to say. */
export function judgeReply(node: TurnNode, text: string, reading: Reading): ReplyJudgement {
  const rubric = node.freeText ?? { actions: [], goodAt: 1 };
  const read = readReply(text, reading, rubric);
  const verdict = verdictOf(read, rubric);
  const has = new Set(read.actions.map((a) => a.id));
  const missing = rubric.actions.filter((a) => !has.has(a));
  if (verdict === 'coached') {
    const form = read.form === 'ok' ? 'empty' : read.form;
    return { verdict, reading: read, choiceId: null, missing, summary: FORM_COACHING[form], understood: '' };
  }
  const choice = closestChoice(node, read);
  const doing = [
    ...read.faults.map((f) => FAULT_LABELS[f.id].doing),
    ...read.actions.map((a) => ACTION_LABELS[a.id].doing),
  ];
  const understood =
    doing.length > 0
      ? `I read your reply as ${list(doing)}.`
      : 'I could not find anything in your reply that deals with the customer’s problem.';
  const parts = [VERDICT_OPENERS[verdict]];
  const fault = read.faults[0];
  if (fault) parts.push(`“${fault.words}”: ${FAULT_LABELS[fault.id].why}.`);
  if (verdict !== 'good' && missing.length > 0) {
    parts.push(
      `To make it stronger: ${missing
        .slice(0, 2)
        .map((a) => ACTION_LABELS[a].tip)
        .join('; and ')}.`,
    );
  }
  return {
    verdict,
    reading: read,
    choiceId: choice?.id ?? null,
    missing,
    summary: parts.join(' '),
    understood,
  };
}

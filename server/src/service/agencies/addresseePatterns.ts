/**
 * Addressees recognised by their shape rather than listed one by one: role and collective
 * addressees ("GP practices", "all partner agencies", "health commissioners", "the review
 * panel"), a service of a known body ("Leeds City Council Adult Social Care", "Adult Social Care
 * (Essex County Council)") and the statutory bodies every area has ("Kent Safeguarding Adults
 * Board", "Norfolk MARAC"). The word lists are vocabularies of roles and services, not names of
 * particular bodies, so they hold for any review.
 */

/** Words that qualify a role: who or what kind ("health", "specialist domestic abuse"). */
const qualifier = String.raw`(?:all|any|each|every|other|relevant|local|partner|partnership|statutory|non-statutory|member|contributing|participating|key|named|national|regional|specialist|independent|voluntary|community|third|sector|public|private|health|healthcare|NHS|GP|primary|secondary|acute|care|social|adult|adults|adult's|adults'|children's|childrens|children|young|people's|family|families|mental|physical|substance|misuse|drug|drugs|and|alcohol|domestic|abuse|violence|sexual|housing|homelessness|safeguarding|criminal|justice|probation|police|policing|fire|rescue|ambulance|education|educational|school|schools|early|help|youth|offending|commissioning|commissioned|provider|providers|service|services|support|advocacy|IDVA|IDVAs|ISVA|MARAC|MAPPA|hospital|hospitals|emergency|maternity|midwifery|health visiting|community-based|faith|employer|employers|workplace|organisations'|agencies'|general|practice|practices|the|these|those|such|of|&|-|/)`;

/** The role or collective noun the addressee ends in. */
const role = String.raw`(?:agencies|agency|partners|partner agencies|partnerships|organisations|organizations|bodies|services|service|providers|provider|commissioners|commissioner|commissioning bodies|commissioning groups|practices|practice|practitioners|surgeries|GPs|trusts|councils|authorities|local authorities|boards|teams|professionals|staff|workforce|employers|schools|colleges|hospitals|landlords|panel|panels|chairs|leads|members|partnership|sector|system|systems)`;

/** Where a collective addressee may be placed or scoped: "in Leeds", "across Essex", "involved in this review". */
const scope = String.raw`(?:\s+(?:in|across|within|throughout|of|on|for|involved in|represented on|contributing to|taking part in|who took part in|that contributed to|participating in)\s+.+)?`;

const collective = new RegExp(String.raw`^(?:the\s+)?(?:${qualifier}\s+)*${role}${scope}$`, 'i');

/** Standing bodies and roles written with the definite article ("the review panel", "the DHR panel", "the Home Secretary"). */
const standing =
  /^(?:the\s+)?(?:(?:DHR|DARDR|domestic homicide review|review|SAR|safeguarding adults review)\s+)?(?:panel|chair|independent chair|review chair|author|overview author)$|^(?:the\s+)?(?:Home Secretary|Secretary of State(?: for .+)?|Minister(?: for .+)?|Director of Public Health|Directors? of (?:Adult|Children's|Childrens) (?:Social )?Services|Chief Constable|Chief Executives?)$/i;

/** True when `written` is a role or collective addressee rather than the name of one body. */
export function isCollectiveAddressee(written: string): boolean {
  const text = written.trim().replace(/[.;:,]+$/, '');
  if (!text || text.length > 160) return false;
  return standing.test(text) || collective.test(text);
}

/** Services of a council, a trust or an area: the last words of "Leeds City Council Adult Social Care". */
const service = String.raw`(?:adult social care|adults social care|adult services|adult social services|adults and health|adults, health and housing|children's social care|childrens social care|children's services|childrens services|children and families(?: services?)?|children, young people and families|families first|early help(?: services?)?|social care|social services|social work|public health|community safety(?: team| partnership)?|housing(?: services?| options(?: services?)?| needs| solutions| advice)?|homelessness(?: services?| team)?|adult safeguarding|safeguarding(?: adults| children)?(?: team| unit| hub)?|multi-agency safeguarding hub|MASH|front door|education(?: services?)?|youth (?:offending|justice) (?:service|team)|YOS|YOT|substance misuse(?: services?)?|drug and alcohol(?: services?)?|domestic abuse(?: team| services?| hub| partnership(?: board)?)?|IDVA service|emergency duty team|mental health(?: services?| team)?|community mental health team|CMHT|crisis team|adult mental health services|safeguarding team|learning disability services|revenues and benefits|benefits|environmental health|licensing|anti-social behaviour team|ASB team|legal services|human resources|HR|procurement)`;

const serviceAfter = new RegExp(
  String.raw`^(?:the\s+)?(.+?)(?:'s|’s)?\s*(?:[-–—:,]\s*|\s+)(?:the\s+)?${service}(?:\s+(?:department|directorate|team|service|services|division))?$`,
  'i',
);
const serviceBefore = new RegExp(
  String.raw`^(?:the\s+)?${service}(?:\s+(?:department|directorate|team|service|services|division))?\s*(?:[,–—-]\s*|\s+(?:at|of|in|within|for|from)\s+|\s*\(\s*)(?:the\s+)?(.+?)\)?$`,
  'i',
);

/** The body part of a service addressee ("Leeds City Council" in "Leeds City Council Housing"), or undefined. */
export function serviceOwner(written: string): string | undefined {
  const text = written.trim();
  return serviceAfter.exec(text)?.[1] ?? serviceBefore.exec(text)?.[1];
}

/** Statutory and standing bodies each area has, recognised as "<area> <body>". */
const localBodies: Array<{ pattern: RegExp; kind: 'safeguarding board' | 'local authority service' | 'collective'; what: string }> = [
  {
    pattern: /^(?:the\s+)?(.+?)\s+(?:safeguarding adults board|safeguarding adults partnership(?: board)?|adult safeguarding board|SAB)$/i,
    kind: 'safeguarding board',
    what: 'safeguarding adults board',
  },
  {
    pattern:
      /^(?:the\s+)?(.+?)\s+(?:(?:local\s+)?safeguarding children(?:'s)? (?:board|partnership)|safeguarding children and young people partnership|children's safeguarding partnership|safeguarding partnership|LSCB|SCP)$/i,
    kind: 'safeguarding board',
    what: 'safeguarding children partnership',
  },
  {
    pattern: /^(?:the\s+)?(.+?)\s+(?:health and well-?being board|HWB|HWBB)$/i,
    kind: 'safeguarding board',
    what: 'health and wellbeing board',
  },
  {
    pattern:
      /^(?:the\s+)?(.+?)\s+(?:domestic (?:abuse|violence)(?: and sexual (?:abuse|violence))? (?:partnership|strategic|executive)? ?(?:board|partnership|forum|group|executive)|DA partnership board|VAWG (?:board|partnership))$/i,
    kind: 'safeguarding board',
    what: 'domestic abuse partnership board',
  },
  {
    pattern: /^(?:the\s+)?(.+?)\s+(?:MARAC|multi-agency risk assessment conference|MAPPA|multi-agency public protection arrangements)$/i,
    kind: 'collective',
    what: 'multi-agency arrangement',
  },
  {
    pattern: /^(?:the\s+)?(.+?)\s+(?:fire and rescue service|fire & rescue service|fire and rescue authority|fire service)$/i,
    kind: 'local authority service',
    what: 'fire and rescue service',
  },
  {
    pattern: /^(?:the\s+)?(.+?)\s+(?:GP practices?|GP surgeries|GPs|general practices?|primary care(?: networks?)?|PCNs?)$/i,
    kind: 'collective',
    what: 'GP practices',
  },
];

export interface LocalBodyForm {
  area: string;
  kind: 'safeguarding board' | 'local authority service' | 'collective';
  what: string;
}

/** The area and kind of "<area> <standing body>", or undefined. */
export function localBodyForm(written: string): LocalBodyForm | undefined {
  const text = written.trim();
  for (const body of localBodies) {
    const match = body.pattern.exec(text);
    if (match) return { area: match[1], kind: body.kind, what: body.what };
  }
  return undefined;
}

/** Strips what decorates a name without changing it: a trailing "(EPUT)", a final full stop. */
export function undecorated(written: string): string | undefined {
  const text = written.trim().replace(/[.;:,]+$/, '');
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracketed) return bracketed[1];
  return text !== written.trim() ? text : undefined;
}

/** The text in brackets at the end ("EPUT" in "Essex Partnership University NHS Foundation Trust (EPUT)"). */
export function bracketed(written: string): string | undefined {
  return /\(([^()]+)\)\s*$/.exec(written.trim())?.[1];
}

/** A place name as written: capitalised words, with the joining words place names use ("Stockton-on-Tees", "Cardiff and Vale"). */
const properWord = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const placeName = String.raw`${properWord}(?:\s+(?:${properWord}|and|&|of|upon|on|in|the|le|under))*`;
/** The same, as short as the rest of a pattern allows: "Western Bay" in "Western Bay Regional Safeguarding Board". */
const shortestPlaceName = `${placeName}?`;

/**
 * Safeguarding boards and partnerships are statutory and named by a fixed form, "<area>
 * (Regional) Safeguarding (Adults|Children) Board|Partnership", whatever the area is called:
 * Welsh regional boards and city or county variants ("Tyne Valley Regional Safeguarding Board")
 * are not local authority names. The area must be written as a proper name (capitalised).
 */
const safeguardingBoard = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(${shortestPlaceName})\s+(?:Regional\s+)?Safeguarding\s+(?:Adults?\s+|Children(?:'s|’s)?\s+|Children\s+and\s+Young\s+People\s+)?(?:Board|Partnership)(?:\s+Board)?$`,
  'u',
);

/** The area of "<area> Safeguarding Adults Board" and its sister forms, or undefined. */
export function safeguardingBoardArea(written: string): string | undefined {
  return safeguardingBoard.exec(written.trim())?.[1];
}

/**
 * Brand forms partnerships publish with besides "Safer X" (which the generator lists): "Safe X
 * Partnership", "Safer Communities X", "X County Community Safety Partnership". Gives the X.
 */
const cspBrands = [
  /^(?:the\s+)?Safe\s+(.+?)\s+Partnership$/i,
  /^(?:the\s+)?Safer\s+Communities\s+(.+)$/i,
  /^(?:the\s+)?(.+?)\s+County\s+Community\s+Safety\s+Partnership$/i,
];

/** The place a CSP brand name is built on ("Torbay" in "Safer Communities Torbay"), or undefined. */
export function cspBrandPlace(written: string): string | undefined {
  const text = written.trim();
  for (const brand of cspBrands) {
    const place = brand.exec(text)?.[1];
    if (place) return place;
  }
  return undefined;
}

/**
 * A description of a kind of service in sentence case: every word after the first lower-case,
 * apart from a closing "in <Place>" ("Residential rehabilitation services in Leeds"), ending in a
 * noun of provision. A named body capitalises its words ("Acme Recovery Project"); a description
 * does not. A name typed in lower case ends in a word of a body ("Westshire youth trust"), not of
 * provision, so it stays a name. Returns the first word, so the caller can refuse a known place
 * written in sentence case ("Essex safeguarding services" is a service of Essex, however cased).
 */
const provisionNouns = new Set(
  'service services provision provisions team teams centre centres center centers hostel hostels clinic clinics programme programmes program programs provider providers support accommodation shelter shelters refuge refuges unit units hub hubs helpline helplines scheme schemes workers practitioners professionals staff agencies organisations organizations outreach treatment care therapy therapies groups networks venues settings facilities banks'.split(
    ' ',
  ),
);
const descriptionWord = String.raw`[\p{Ll}][\p{Ll}'’-]*|&|/`;
const serviceDescription = new RegExp(
  String.raw`^([\p{Lu}][\p{Ll}'’-]*)((?:\s+(?:${descriptionWord}))+)(?:\s+(?:in|across|within|throughout)\s+[\p{Lu}][\p{L}'’-]*(?:\s+(?:and|&|upon|on|of|[\p{Lu}][\p{L}'’-]*))*)?$`,
  'u',
);

export function serviceDescriptionFirstWord(written: string): string | undefined {
  const text = written.trim().replace(/[.;:,]+$/, '');
  if (text.length > 120) return undefined;
  const match = serviceDescription.exec(text);
  // Two lower-case words at least: "Drug service" could be a shortened name; "Drug treatment service" is not.
  const words = match?.[2].trim().split(/\s+/) ?? [];
  if (!match || words.length < 2 || !provisionNouns.has(words[words.length - 1])) return undefined;
  return match[1];
}

/** True for text written as a place name: capitalised words and the joining words of place names. */
export function isPlaceName(text: string): boolean {
  return new RegExp(String.raw`^${placeName}$`, 'u').test(text.trim());
}

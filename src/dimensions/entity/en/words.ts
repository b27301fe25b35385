/** Word lists of English names: what opens a title, heads an organization or an agreement. */

/** Heads of a title before a person's name ("Minister", "Ambassador"). */
export const titleHeads = [
  'President', 'Vice-President', 'Minister', 'Ambassador', 'Envoy', 'Secretary', 'Secretary-General', 'Director',
  'Director-General', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Governor', 'Mayor', 'Senator', 'Speaker',
  'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Admiral', 'Commander', 'Consul', 'Counsellor',
  'Counselor', 'Professor', 'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame', 'Chancellor', 'Premier', 'CEO',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Commissioner', 'Attaché', 'Founder', 'Lieutenant',
  'Colonel', 'Captain', 'Judge', 'Emir', 'Sultan', 'Pope'
] as const

/** Words that may come before a title head and belong to the role ("Deputy Prime Minister"). */
export const titleModifiers = [
  'former', 'Former', 'acting', 'Acting', 'Deputy', 'Assistant', 'Vice', 'Prime', 'Foreign', 'Finance', 'Trade',
  'Commerce', 'Defence', 'Defense', 'Senior', 'Chief', 'Executive', 'State', 'Permanent', 'General', 'Managing',
  'Consul', 'Federal', 'Provincial', 'Parliamentary', 'Special', 'Associate', 'Research', 'Economic', 'Commercial',
  'then', 'late', 'Interior', 'Education', 'Health', 'Industry', 'Information'
] as const

/** Honorifics: left out of the name and not a role. */
export const honorifics = ['Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame', 'Prof', 'Professor', 'Sheikh'] as const

/** Portfolios of a minister or a ministry ("Minister of Industry and Trade"). */
export const portfolios = [
  'Industry', 'Trade', 'Commerce', 'Foreign', 'Affairs', 'Finance', 'Defence', 'Defense', 'Interior', 'Home',
  'Health', 'Education', 'Training', 'Agriculture', 'Rural', 'Development', 'Planning', 'Investment', 'Information',
  'Communications', 'Technology', 'Science', 'Justice', 'Labour', 'Labor', 'Invalids', 'Social', 'Energy',
  'Transport', 'Culture', 'Sports', 'Tourism', 'Natural', 'Resources', 'Environment', 'Construction', 'Economy',
  'Economic', 'Maritime', 'Water', 'Power', 'Petroleum', 'Textile', 'Textiles', 'Overseas', 'Religious',
  'Human', 'Rights', 'Law', 'Public', 'Security', 'Industries', 'Production', 'Food', 'National', 'Special',
  'Initiatives', 'State', 'Privatization', 'Railways', 'Ports', 'Shipping', 'Aviation', 'Climate', 'Change', 'Fisheries'
] as const

/** Words that make a capitalized run an organization ("Ministry of ...", "... Committee"). */
export const organizationHeads = [
  'Ministry', 'Institute', 'Chamber', 'University', 'Committee', 'Association', 'Department', 'Government',
  'Council', 'Bank', 'Agency', 'Forum', 'Organization', 'Organisation', 'Commission', 'Corporation', 'Company',
  'Embassy', 'Consulate', 'Academy', 'College', 'Foundation', 'Federation', 'Union', 'Fund', 'Authority', 'Board',
  'Bureau', 'Centre', 'Center', 'Society', 'Secretariat', 'Assembly', 'Parliament', 'Senate', 'Court', 'Party',
  'Office', 'Administration', 'Group', 'Inc', 'Ltd', 'Limited', 'Holdings', 'Airlines', 'Airways', 'Times', 'Post',
  'Tribune', 'Herald', 'Gazette', 'Journal', 'Press', 'Network', 'School', 'Army', 'Navy', 'Directorate',
  'Cabinet', 'Alliance', 'Coalition', 'Exchange', 'Customs', 'Police'
] as const

/** Words that end an agreement's name ("... Trade Agreement"). */
export const agreementHeads = [
  'Agreement', 'Agreements', 'Treaty', 'Memorandum', 'MoU', 'MOU', 'Accord', 'Accords', 'Convention', 'Protocol',
  'Pact', 'Framework', 'Charter', 'Understanding'
] as const

/** Small words that may join capitalized words within one name. */
export const connectors = ['of', 'for', 'and', 'the', 'on', '&', 'de'] as const

/** Verbs of saying: a capitalized word before one is a speaker ("Hang expressed", "Cuong said"). */
export const speechVerbs = [
  'said', 'says', 'told', 'added', 'noted', 'stressed', 'expressed', 'emphasized', 'emphasised', 'affirmed',
  'explained', 'stated', 'remarked', 'highlighted', 'underlined', 'pointed', 'asserted', 'urged', 'suggested',
  'announced', 'recalled', 'observed', 'commented', 'acknowledged', 'welcomed', 'thanked', 'proposed', 'wrote'
] as const

/** Capitalized words that are never names by themselves: pronouns, determiners, openers. */
export const notNames = [
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'This', 'That', 'These', 'Those', 'Who', 'Everyone', 'Nobody',
  'The', 'A', 'An', 'Both', 'Each', 'Some', 'Many', 'Most', 'All', 'Officials', 'Experts', 'Analysts', 'Delegates',
  'Participants', 'Observers', 'Critics', 'Sources', 'Source', 'Reports', 'People', 'Others', 'One', 'Another'
] as const

/** Degrees written after a name ("Sahibzada Usman, Ph.D."): not part of it, not names themselves. */
export const degrees = ['Ph.D.', 'Ph.D', 'PhD', 'MBA', 'M.A.', 'B.A.', 'M.Sc.', 'B.Sc.', 'LL.M.', 'LL.B.', 'M.D.', 'M.Phil.'] as const

/** Endings of common English nouns and adjectives ("Conference", "Political"): words with them are not unknown names. */
export const commonEndings = [
  'tion', 'sion', 'ment', 'ence', 'ance', 'ity', 'ness', 'ship', 'ism', 'ist', 'ogy', 'ics', 'ical', 'al', 'ic', 'ive',
  'ous', 'ary', 'ery', 'ory', 'ing', 'ed', 'ure', 'ize', 'ise', 'able', 'ible', 'less', 'ful', 'ward', 'wise', 'hood', 'dom'
] as const

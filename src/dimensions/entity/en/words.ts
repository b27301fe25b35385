/** Word lists of English names: what opens a title, heads an organization or an agreement. */

/** Heads of a title before a person's name ("Minister", "Ambassador"). */
export const titleHeads = [
  'President',
  'Vice-President',
  'Minister',
  'Ambassador',
  'Envoy',
  'Secretary',
  'Secretary-General',
  'Director',
  'Director-General',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'Governor',
  'Mayor',
  'Senator',
  'Speaker',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Admiral',
  'Commander',
  'Consul',
  'Counsellor',
  'Counselor',
  'Chancellor',
  'Premier',
  'CEO',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Commissioner',
  'Attaché',
  'Founder',
  'Lieutenant',
  'Colonel',
  'Captain',
  'Judge',
  'Emir',
  'Sultan',
  'Pope',
  'Head',
  'Minister-President',
  'Representative',
  'Councillor',
  'Counsel',
  'Lawmaker',
  'Legislator',
  'Treasurer',
  'Coach',
  'Manager',
  'Officer',
  'Administrator',
  'Rector',
  'Dean',
  'Editor',
  'Editor-in-Chief',
  'Justice',
  'Attorney',
  'Attorney-General',
  'Solicitor',
  'Solicitor-General',
  // Offices of one holder named by their function ("National Statistician Ana Reyes", "Ombudsman Jose Cruz").
  'Statistician',
  'Ombudsman',
  'Auditor-General',
  'Inspector-General',
  // Those who speak for a firm's research ("Chief Economist Ana Lim", "Analyst Ravi Menon").
  'Economist',
  'Strategist',
  'Analyst'
] as const

/** Modifiers that are the head of a title after "Chief" ("Chief Executive Tony Tan"). */
export const headsAfterChief = ['Executive'] as const

/**
 * Lower-case heads of a title before a name ("deputy chairman Togar X",
 * "chairperson Hasyim X"): a title only when a capitalized name follows.
 */
export const lowerTitleHeads = [
  'president',
  'vice-president',
  'executive',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'minister',
  'ambassador',
  'envoy',
  'governor',
  'secretary',
  'secretary-general',
  'director',
  'director-general',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commissioner',
  'head',
  'chief',
  'founder',
  'leader',
  'mayor',
  'premier',
  'counterpart',
  'defendant',
  'lawyer',
  'judge',
  'economist',
  'analyst',
  'expert',
  'official',
  'officer',
  'manager',
  'coach',
  'striker',
  'midfielder',
  'goalkeeper',
  'defender',
  'captain',
  'player',
  'athlete',
  'runner',
  'swimmer',
  'correspondent',
  'reporter',
  'photographer',
  'actress',
  'actor',
  'singer',
  'golfer',
  'winger',
  'shuttler',
  'artist',
  'writer',
  'professor',
  'researcher',
  'scientist',
  'senator',
  'congressman',
  'congresswoman',
  'lawmaker',
  'legislator',
  'diplomat',
  'businessman',
  'businesswoman',
  'tycoon',
  'billionaire',
  'activist',
  'journalist'
] as const

/** Lower-case words that may come before a lower-case title head and belong to the role ("general chairperson"). */
export const lowerTitleModifiers = [
  'deputy',
  'vice',
  'general',
  'senior',
  'executive',
  'former',
  'acting',
  'assistant',
  'managing',
  'president',
  'chief',
  'prime',
  'foreign',
  'finance',
  'trade',
  'commerce',
  'mining',
  'energy',
  'health'
] as const

/**
 * Honorifics and forms of address of the region, alone or in phrases
 * ("Datuk Seri", "Tan Sri", "Dato' Sri"): left out of the name and not a role.
 * A trailing dot or apostrophe belongs to the honorific ("Dr.", "Dato'").
 */
export const honorificPhrases = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Madam',
  'Madame',
  'Lord',
  'Lady',
  'Sheikh',
  'Shaikh',
  'Mian',
  'Datuk',
  'Datuk Seri',
  'Datuk Sri',
  'Dato',
  'Dato Seri',
  'Dato Sri',
  'Datin',
  'Datin Seri',
  'Datin Paduka',
  'Datuk Paduka',
  'Datuk Wira',
  'Dato Wira',
  'Datuk Seri Utama',
  'Datuk Seri Panglima',
  'Datuk Patinggi',
  'Dato Paduka',
  'Tan Sri',
  'Puan Sri',
  'Toh Puan',
  'Tun',
  'Tunku',
  'Tengku',
  'Ungku',
  'Haji',
  'Hajah',
  'Hj',
  'Yang Berhormat',
  'Yang Amat Berhormat',
  'YB',
  'YAB',
  'Pehin',
  'Pengiran',
  'Awang',
  'Dayang',
  'Pak',
  'Bapak',
  'Bu',
  'Ibu',
  'Khun',
  'Samdech',
  'Samdech Techo',
  'Samdech Akka Moha Sena Padei Techo',
  'Preah Bat Samdech Preah Boromneath',
  'Lok Chumteav',
  'Oknha',
  'Shri',
  'Sri',
  'Smt',
  'Begum',
  'Hazrat',
  'Maulana',
  'Engr',
  'Atty',
  'Hon',
  'Honourable',
  'Honorable',
  'His Excellency',
  'Her Excellency',
  'H.E',
  'HE',
  'Rev',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Brig',
  'Capt',
  'Sen',
  'Rep',
  'Gov',
  'Pol Gen',
  'Senior General',
  'Vice Senior General',
  'Major General',
  'Lieutenant General',
  'Brigadier General',
  'Samdech Thipadei',
  'Pol Lt Gen',
  'Air Chief Marshal',
  'Field Marshal'
] as const

/** Words that join the parts of one person's name ("Anwar bin Ibrahim", "Ursula von der Leyen"). */
export const nameParticles = [
  'bin',
  'binti',
  'bte',
  'bt',
  'al',
  'el',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'dela',
  'da',
  'dos',
  'di',
  'la',
  'le',
  'ibn',
  'ul',
  'ur',
  'ud'
] as const

/** Given names written short with a stop inside a name: "Ma." (Maria) of Filipino names, "Md." (Mohammad) of Bangladeshi ones. */
export const abbreviatedGivenNames = ['Ma', 'Md'] as const

/** Words that end a person's name as a part of it ("Ferdinand Marcos Jr."). */
export const nameSuffixes = ['Jr', 'Sr', 'II', 'III', 'IV'] as const

/** Capitalized words whose plural possessive stays inside a name ("Supreme People's Court"). */
export const possessiveNameWords = [
  'People',
  'Workers',
  'Women',
  'Children',
  'Farmers',
  'Veterans',
  'Peoples',
  'Nations',
  'Employers',
  'Traders',
  'General'
] as const

/** Words that may come before a title head and belong to the role ("Deputy Prime Minister"). */
export const titleModifiers = [
  'former',
  'Former',
  'acting',
  'Acting',
  'Deputy',
  'Assistant',
  'Vice',
  'Prime',
  'Foreign',
  'Finance',
  'Trade',
  'Commerce',
  'Defence',
  'Defense',
  'Senior',
  'Chief',
  'Executive',
  'State',
  'Permanent',
  'General',
  'Managing',
  'Consul',
  'Federal',
  'Provincial',
  'Parliamentary',
  'Special',
  'Associate',
  'Research',
  'Economic',
  'Commercial',
  'then',
  'late',
  'Interior',
  'Education',
  'Health',
  'Industry',
  'Information',
  'Justice',
  // Where an officer of a multilateral serves ("World Bank Country Director", "ADB Regional Director").
  'Country',
  'Regional'
] as const

/**
 * A company officer's function after another modifier ("Chief Operating
 * Officer", "Chief Financial Officer"); alone they open companies' and
 * papers' names ("Financial Times"), not titles.
 */
export const officerFunctions = ['Operating', 'Financial', 'Technology', 'Investment', 'Marketing'] as const

/** Portfolios of a minister or a ministry ("Minister of Industry and Trade"). */
export const portfolios = [
  'Industry',
  'Trade',
  'Commerce',
  'Foreign',
  'Affairs',
  'Finance',
  'Defence',
  'Defense',
  'Interior',
  'Home',
  'Health',
  'Education',
  'Training',
  'Agriculture',
  'Rural',
  'Development',
  'Planning',
  'Investment',
  'Information',
  'Communications',
  'Technology',
  'Science',
  'Justice',
  'Labour',
  'Labor',
  'Invalids',
  'Social',
  'Energy',
  'Transport',
  'Culture',
  'Sports',
  'Tourism',
  'Natural',
  'Resources',
  'Environment',
  'Construction',
  'Economy',
  'Economic',
  'Maritime',
  'Water',
  'Power',
  'Petroleum',
  'Textile',
  'Textiles',
  'Overseas',
  'Religious',
  'Human',
  'Rights',
  'Law',
  'Public',
  'Security',
  'Industries',
  'Production',
  'Food',
  'National',
  'Special',
  'Initiatives',
  'State',
  'Privatization',
  'Railways',
  'Ports',
  'Shipping',
  'Aviation',
  'Climate',
  'Change',
  'Fisheries',
  'Forestry',
  'Livestock',
  'Cooperatives',
  'Youth',
  'Housing',
  'Welfare',
  'Manpower',
  'Digital',
  'Mineral',
  'Minerals'
] as const

/** Heads of papers' names ("Saigon Times", "Jakarta Post"), which are also heads of bodies. */
export const paperHeads = ['Times', 'Post', 'Tribune', 'Herald', 'Gazette', 'Journal'] as const

/** Words that make a capitalized run an organization ("Ministry of ...", "... Committee"). */
export const organizationHeads = [
  'Ministry',
  'Institute',
  'Chamber',
  'University',
  'Committee',
  'Association',
  'Department',
  'Government',
  'Council',
  'Bank',
  'Agency',
  'Forum',
  'Organization',
  'Organisation',
  'Commission',
  'Corporation',
  'Company',
  'Embassy',
  'Consulate',
  'Academy',
  'College',
  'Foundation',
  'Federation',
  'Union',
  'Fund',
  'Authority',
  'Board',
  'Bureau',
  'Centre',
  'Center',
  'Society',
  'Secretariat',
  'Assembly',
  'Parliament',
  'Senate',
  'Court',
  'Party',
  'Office',
  'Administration',
  'Group',
  'Inc',
  'Ltd',
  'Limited',
  'Holdings',
  'Airlines',
  'Airways',
  ...paperHeads,
  'Press',
  'Network',
  'School',
  'Army',
  'Navy',
  'Directorate',
  'Cabinet',
  'Alliance',
  'Coalition',
  'Exchange',
  'Customs',
  'Police',
  'News',
  'Daily',
  'Television',
  'TV',
  'Radio',
  'Tribunal',
  'Procuracy',
  'Congress',
  'Representatives',
  'Commons',
  'Lords',
  'Corp',
  'Co',
  'Bhd',
  'Berhad',
  'Tbk',
  'PLC',
  'Plc',
  'JSC',
  'Enterprises',
  'Industries',
  'Taskforce',
  'Unit',
  'Front',
  'Movement',
  'Team',
  'Club',
  'League',
  'Force',
  'Guard',
  'Securities',
  'FC',
  'Hospital',
  'Clinic',
  'Railways',
  'Property',
  'Properties',
  'Studio',
  'Studios',
  'Universiti',
  // Words of a company's trade closing its name ("Tata Motors", "Hoa Phat Steel", "LG Electronics").
  'Motors',
  'Motor',
  'Steel',
  'Telecom',
  'Electric',
  'Electronics',
  'Pharma',
  'Pharmaceuticals',
  'Insurance',
  'Logistics',
  'Mining',
  'Cement',
  'Ventures',
  'Partners',
  'Technologies',
  'Foods',
  'Materials',
  'Solutions',
  // Bodies of sport and charities ("Asian Football Confederation", "Wellcome Trust").
  'Confederation',
  'Trust',
  // Bodies that bring an industry's members to one table ("Roundtable on Sustainable Biomaterials").
  'Roundtable',
  // A club closing its name ("Buriram United").
  'United',
  // Heads of the region's own languages, kept in English copy: Malay and Indonesian ("Dewan Rakyat", "Badan Pusat Statistik",
  // "Partai Demokrat", "PT Pertamina"), Hindi and Bengali ("Lok Sabha", "Jatiya Sangsad"), Urdu ("Pakistan Tehreek-e-Insaf",
  // "Jamaat-e-Islami"), Burmese ("Pyidaungsu Hluttaw").
  'Dewan',
  'Badan',
  'Kementerian',
  'Lembaga',
  'Majlis',
  'Partai',
  'Parti',
  'Perbadanan',
  'Persatuan',
  'PT',
  'Sabha',
  'Sangsad',
  'Parishad',
  'Tehreek',
  'Tehrik',
  'Jamaat',
  'Jamiat',
  'Hluttaw'
] as const

/** `organizationHeads` to look words up in, built once for every module that asks. */
export const organizationHeadSet: ReadonlySet<string> = new Set<string>(organizationHeads)

/** A company's closing words, after its brand ("SK Group", "Marubeni Corporation", "Maybank Bhd"). */
export const companyClosers = [
  'Group',
  'Corporation',
  'Corp',
  'Co',
  'Inc',
  'Ltd',
  'Limited',
  'Holdings',
  'Bhd',
  'Berhad',
  'Tbk',
  'PLC',
  'Plc',
  'JSC'
] as const

/** Heads of a chamber only after "of" ("House of Representatives"); "Representatives of the Ministry ..." are people. */
export const headsAfterOf = ['Representatives', 'Commons', 'Lords'] as const

/** Abbreviations closing a company's name whose stop is part of it ("Jollibee Foods Corp.", "Ayala Corp."). */
export const abbreviatedClosers = ['Corp', 'Inc', 'Co', 'Ltd', 'Bhd', 'Pte', 'Pvt', 'Plc'] as const

/** Honorifics written abbreviated only, with their stop: "Hon. Minister"; "Hon Hai" is a name. */
export const stoppedHonorifics = ['Hon'] as const

/** Heads that close a name only: "Buriram United"; "United States" opens none. */
export const closingHeads = ['United'] as const

/**
 * Lower-case nouns of a business or body right before its name, outside the
 * span ("lender Vietcombank", "carmaker VinFast", "budget carrier Vietjet").
 */
export const businessNounsBefore = [
  'company',
  'firm',
  'group',
  'conglomerate',
  'carrier',
  'airline',
  'lender',
  'bank',
  'insurer',
  'carmaker',
  'automaker',
  'steelmaker',
  'chipmaker',
  'developer',
  'retailer',
  'brokerage',
  'producer',
  'exporter',
  'manufacturer',
  'maker',
  'giant',
  'operator',
  'supplier',
  'miner',
  'utility',
  'shipper',
  'distributor',
  'startup',
  'start-up',
  'subsidiary',
  'unit',
  'broadcaster',
  'newspaper',
  'agency',
  'contractor',
  'investor',
  'builder',
  'rival',
  'peer',
  // Sides of a parliament before a party's name ("opposition Pakistan Tehreek-e-Insaf").
  'opposition',
  'ruling'
] as const

/**
 * What a body's possessive names ("Vinamilk's net profit", "Jollibee's chief
 * executive"): results, shares and officers of a company.
 */
export const businessNounsAfterPossessive = [
  'shares',
  'share',
  'stock',
  'profit',
  'profits',
  'net',
  'revenue',
  'revenues',
  'sales',
  'earnings',
  'income',
  'chief',
  'CEO',
  'chairman',
  'chairwoman',
  'board',
  'shareholders',
  'subsidiary',
  'subsidiaries',
  'unit',
  'factory',
  'factories',
  'plant',
  'plants',
  'market',
  'capital',
  'stake',
  'brand',
  'products',
  'customers',
  'dividend',
  'bonds'
] as const

/** Lower-case words before "of" that make the name after it a company's ("shares of Sacombank", "a unit of Vingroup"). */
export const businessNounsBeforeOf = ['shares', 'stake', 'unit', 'subsidiary', 'owner', 'shareholders', 'stock'] as const

/** Lower-case heads of a body named by its portfolio ("ministry of industry and trade"). */
export const lowerOrganizationHeads = ['ministry', 'department', 'committee', 'commission'] as const

/**
 * Bodies inside another body, never named alone: "Board of Directors of Van
 * Thinh Phat Group" names the group.
 */
export const internalBodies = [
  'Board of Directors',
  'Board of Management',
  'Board of Trustees',
  'Executive Board',
  'Management Board'
] as const

/** Heads of a body of the state that a demonym before does not name ("Indian External Affairs Ministry", "Philippine Department of Agriculture"). */
export const stateHeads = [
  'Ministry',
  'Department',
  'Government',
  'Embassy',
  'Consulate',
  'Army',
  'Navy',
  'Parliament',
  'Police',
  'Customs',
  'Cabinet',
  'Office'
] as const

/** Words that end an agreement's name ("... Trade Agreement"). */
export const agreementHeads = [
  'Agreement',
  'Agreements',
  'Treaty',
  'Memorandum',
  'MoU',
  'MOU',
  'Accord',
  'Accords',
  'Convention',
  'Protocol',
  'Pact',
  'Framework',
  'Charter',
  'Understanding'
] as const

/** Small words that may join capitalized words within one name. */
export const connectors = ['of', 'for', 'and', 'the', 'on', '&', 'de', 'bin', 'binti'] as const

/** Verbs of saying: a capitalized word before one is a speaker ("Hang expressed", "Cuong said"). */
export const speechVerbs = [
  'said',
  'says',
  'told',
  'added',
  'noted',
  'stressed',
  'expressed',
  'emphasized',
  'emphasised',
  'affirmed',
  'explained',
  'stated',
  'remarked',
  'highlighted',
  'underlined',
  'pointed',
  'asserted',
  'urged',
  'suggested',
  'announced',
  'recalled',
  'observed',
  'commented',
  'acknowledged',
  'welcomed',
  'thanked',
  'proposed',
  'wrote'
] as const

/** Officers of a body after its acronym, which make the acronym a body's ("MEA spokesperson ...", "PTI chairman ..."). */
export const officersAfter = [
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'chairperson',
  'president',
  'chief',
  'official',
  'officials',
  'director',
  'director-general',
  'secretary-general',
  'governor',
  'commissioner',
  'leader',
  'founder'
] as const

/** Capitalized words that are never names by themselves: pronouns, determiners, openers. */
export const notNames = [
  'I',
  'He',
  'She',
  'It',
  'We',
  'They',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'Who',
  'Everyone',
  'Nobody',
  'The',
  'A',
  'An',
  'Both',
  'Each',
  'Some',
  'Many',
  'Most',
  'All',
  'Officials',
  'Experts',
  'Analysts',
  'Delegates',
  'Participants',
  'Observers',
  'Critics',
  'Sources',
  'Source',
  'Reports',
  'People',
  'Others',
  'One',
  'Another'
] as const

/** Degrees written after a name ("Sahibzada Usman, Ph.D."): not part of it, not names themselves. */
export const degrees = ['Ph.D.', 'Ph.D', 'PhD', 'MBA', 'M.A.', 'B.A.', 'M.Sc.', 'B.Sc.', 'LL.M.', 'LL.B.', 'M.D.', 'M.Phil.'] as const

/** Endings of common English nouns and adjectives ("Conference", "Political"): words with them are not unknown names. */
export const commonEndings = [
  'tion',
  'sion',
  'ment',
  'ence',
  'ance',
  'ity',
  'ness',
  'ship',
  'ism',
  'ist',
  'ogy',
  'ics',
  'ical',
  'al',
  'ic',
  'ive',
  'ous',
  'ary',
  'ery',
  'ory',
  'ing',
  'ed',
  'ure',
  'ize',
  'ise',
  'able',
  'ible',
  'less',
  'ful',
  'ward',
  'wise',
  'hood',
  'dom'
] as const

/** Forms of state before a country's name in its official long form ("Commonwealth of Australia"). */
export const stateFormsEn = [
  'Republic of',
  'Kingdom of',
  'Commonwealth of',
  'Federal Republic of',
  'Federation of',
  'Socialist Republic of',
  "People's Republic of",
  'Islamic Republic of',
  'Democratic Republic of',
  "Democratic People's Republic of",
  'Democratic Socialist Republic of',
  'Lao People’s Democratic Republic of',
  'Sultanate of',
  'State of',
  'Union of',
  'United Republic of',
  'Principality of',
  'Grand Duchy of',
  'the Union of'
] as const

/** Directions before a place that name a part of it ("Western Pacific", "W Java"). */
export const directions = [
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upper',
  'Lower',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Northeastern',
  'Northwestern',
  'Southeastern',
  'Southwestern',
  'N',
  'S',
  'E',
  'W'
] as const

/** Words after a name that make it a place ("Hainan province", "Chong Jom checkpoint"). */
export const placeCuesAfter = [
  'province',
  'provinces',
  'region',
  'district',
  'state',
  'county',
  'prefecture',
  'island',
  'islands',
  'checkpoint',
  'border',
  'delta',
  'river',
  'valley',
  'city'
] as const

/**
 * Generic heads that open the name of a Malay or Indonesian place: a town,
 * river, hill, village, island, cape, bay or river mouth ("Kota Bharu",
 * "Sungai Petani", "Pulau Ubin", "Tanjung Priok"). No person's name opens
 * with them.
 */
export const malayPlaceHeads = ['Kota', 'Sungai', 'Bukit', 'Kampung', 'Kampong', 'Pulau', 'Tanjung', 'Bandar', 'Teluk', 'Kuala'] as const

/** Heads of things that are not names of people, places or bodies: storms, buildings, works ("Typhoon Yagi", "Phong Chau Bridge"). */
export const stormHeads = ['Typhoon', 'Storm', 'Cyclone', 'Hurricane', 'Tropical Storm', 'Super Typhoon'] as const

/** Capitalized heads after a name that make it a building, a work or an event ("Phong Chau Bridge", "SEA Games"). */
export const facilityHeads = [
  'Bridge',
  'Hotel',
  'Tower',
  'Towers',
  'Airport',
  'Port',
  'Station',
  'Stadium',
  'Arena',
  'Expressway',
  'Highway',
  'Road',
  'Street',
  'Avenue',
  'Boulevard',
  'Plant',
  'Mall',
  'Plaza',
  'Building',
  'Prison',
  'Jail',
  'Palace',
  'Park',
  'Dam',
  'Pagoda',
  'Temple',
  'Mosque',
  'Church',
  'Cathedral',
  'Museum',
  'Games',
  'Cup',
  'Award',
  'Awards',
  'Prize',
  'Festival',
  'Index',
  'Satellite',
  'Mausoleum',
  'Outbreak',
  'Epidemic',
  'Pandemic',
  // Laws, plans and schemes: a body's name before them only says whose they are ("Social Insurance Law", "ASEAN Power Grid").
  'Law',
  'Code',
  'Act',
  'Decree',
  'Ordinance',
  'Project',
  'Grid',
  'Window',
  'Declaration',
  'Week',
  'Expo',
  'Championship',
  'Championships',
  'Tournament',
  'Shield',
  'Trophy',
  // Plans and schemes a body runs ("Belt and Road Initiative", "ASEAN Economic Community Blueprint").
  'Initiative',
  'Blueprint',
  'Roadmap',
  'Scheme',
  'Campaign',
  // Rankings, exams, regulations and shows: "QS World University Rankings", "National High School Graduation Exam", "Farnborough Airshow".
  'Rankings',
  'Ranking',
  'Exam',
  'Examination',
  'Regulation',
  'Directive',
  'Airshow'
] as const

/** Words of a sports competition before or in its "League" ("AFC Champions League", "Premier League"); a party's league has none. */
export const sportsLeagueWords = [
  'Champions',
  'Premier',
  'Super',
  'Pro',
  'Europa',
  'Nations',
  'Football',
  'Soccer',
  'Basketball',
  'Volleyball',
  'Futsal',
  'Cricket',
  'Hockey',
  'Rugby',
  'Baseball'
] as const

/** Divisions written after a league's name ("V.League 1", "Champions League Two"). */
export const leagueDivisions = ['1', '2', '3', 'One', 'Two', 'Three'] as const

/** Heads of meetings: after a body's name they name a meeting it holds ("ASEAN Summit"), not the body. */
export const meetingHeads = ['Summit', 'Conference', 'Meeting'] as const

/** Heads of sittings that an ordinal before numbers ("the 14th National Congress", "the eighth Session"): a meeting, no body. */
export const sittingHeads = [...meetingHeads, 'Congress', 'Plenum', 'Session', 'Forum', 'Games'] as const

/** Words of a building's or a venue's kind before "Center" or "Centre" ("Saigon Exhibition and Convention Center"); a body's centre has none. */
export const venueKinds = [
  'Convention',
  'Exhibition',
  'Shopping',
  'Trade',
  'Sports',
  'Conference',
  'Commercial',
  'Financial',
  'Cultural',
  'Community',
  'Press',
  'Media',
  'Data',
  'Call',
  'Distribution',
  'Fitness',
  'Aquatic',
  'Aquatics',
  'Event',
  'Events',
  'Expo',
  'Business'
] as const

/** Words of a hospital's ward before "Unit" ("Intensive Care Unit"): a ward, no body. */
export const wardKinds = ['Care', 'Emergency', 'Isolation', 'Burns', 'Dialysis', 'Trauma'] as const

/** Predicates of an occurrence after a sitting's name ("The Belt and Road Forum was held ..."): a meeting, no body. */
export const heldPredicates = [
  'was held',
  'will be held',
  'is held',
  'is being held',
  'took place',
  'will take place',
  'opened',
  'kicked off',
  'closed',
  'concluded',
  'wrapped up'
] as const

/** Heads of programmes, which close a body's name only when the gazetteer knows it ("World Food Programme"). */
export const programmeHeads = ['Programme', 'Program'] as const

/** Heads of texts of law or policy, whose subject follows "on" ("Law on Credit Institutions", "Declaration on ASEAN 2045"). */
export const documentHeads = ['Law', 'Declaration', 'Decree', 'Code', 'Act', 'Ordinance', 'Resolution'] as const

/** Prefixes of ships' names ("MV Pacific Harmony", "USS Ronald Reagan"): a vessel, no body. */
export const shipPrefixes = ['MV', 'MT', 'SS', 'USS', 'HMS', 'INS', 'KRI', 'BRP', 'RV', 'FV'] as const

/** Lower-case words after a name that make it a work or a thing ("the 6A Binh Chanh project"). */
export const thingsAfter = [
  'project',
  'projects',
  'plant',
  'bridge',
  'hotel',
  'tower',
  'airport',
  'port',
  'expressway',
  'highway',
  'satellite',
  'rocket',
  'index',
  'brand',
  'product',
  'vaccine',
  'storm',
  'typhoon',
  'festival',
  'award'
] as const

/**
 * Lower-case nouns after an acronym that say the acronym is the thing
 * itself, no body: a pact or its talks ("the CEPA talks"), a corridor, a
 * scheme, a trade show ("the MIHAS showcase"), a market's index or its
 * trading system ("the KRX trading system"). A plan or a target after one
 * stays the body's ("the MOIT plan").
 */
export const acronymThingNouns = [
  'talks',
  'negotiations',
  'deal',
  'pact',
  'accord',
  'treaty',
  'agreement',
  'framework',
  'partnership',
  'scheme',
  'programme',
  'program',
  'initiative',
  'roadmap',
  'blueprint',
  'corridor',
  'route',
  'railway',
  'showcase',
  'fair',
  'expo',
  'exhibition',
  'index',
  'benchmark',
  'system',
  'platform',
  'app',
  'visa',
  'certification',
  'zone',
  'zones',
  'vaccine',
  'variant',
  'strain'
] as const

/**
 * Market indices that news names by their acronym or short name ("the KLCI
 * gained", "the PSEi closed"): no body, though their exchange is one.
 */
/**
 * Acronyms of corridors, initiatives and goals that news writes without
 * spelling them ("investment under CPEC", "CPEC's second phase", "the BRI"):
 * programmes, no bodies.
 */
export const schemeAcronyms = ['CPEC', 'BRI', 'JETP', 'IPEF', 'SDGs', 'SDG', 'MDGs'] as const

export const marketIndices = ['KLCI', 'FBM KLCI', 'JCI', 'PSEi', 'STI', 'KOSPI', 'Sensex', 'Nifty', 'VN30', 'HNX30', 'KSE-100'] as const

/** Lower-case words after a name that make it a body ("Tuoi Tre newspaper", "Antara news agency"). */
export const bodyNounsAfter = [
  'newspaper',
  'daily',
  'magazine',
  'broadcaster',
  'channel',
  'website',
  'portal',
  'agency',
  'company',
  'firm',
  'group',
  'conglomerate',
  'airline',
  'carrier',
  'bank',
  'lender',
  'insurer',
  'party',
  'newspapers'
] as const

/** Lower-case roles in a sports club after its name ("Persib coach Bojan Hodak", "Buriram striker ..."). */
export const clubRoles = ['coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'manager', 'fans', 'supporters'] as const

/** Forms of a game that a role or a match follows as a club would ("Test captain", "T20 squad"): no clubs. */
export const matchFormats = ['Test', 'Tests', 'ODI', 'ODIs', 'T20', 'T20I', 'T20Is', 'Twenty20', 'Olympic', 'Paralympic'] as const

/** Verbs of a result before the side beaten ("beat Nam Dinh 4-1"), as lemmas: every form is read. */
export const resultVerbs = ['beat/beat/beaten', 'defeat', 'crush', 'thrash', 'edge', 'stun', 'hammer'] as const

/** Words for a side before its club's name that a score follows ("champions Nam Dinh 4-1"). */
export const sidesBefore = ['champions', 'hosts', 'visitors', 'leaders'] as const

/** Words between a score and the club's name after it ("drew 1-1 with Persib Bandung", "a 2-1 win over Persija Jakarta"). */
export const resultsAfterScore = ['with', 'over', 'against'] as const

/** Legislative chambers that name one body alone after "the" ("the Senate"). */
export const chambers = ['Senate', 'House', 'Parliament', 'Congress'] as const

/** Heads of a body only after a possessive: "Attorney-General's Chambers"; "Chambers" alone may be a family name. */
export const possessiveHeads = ['Chambers'] as const

/** Words for a kind of product, service or outlet after a company's brand: "Google Maps", "Apple Pay", "FPT Play", "Aeon Mall". */
export const productWords = [
  'Pay',
  'Play',
  'Music',
  'Maps',
  'Wallet',
  'Shop',
  'Store',
  'Mall',
  'Mart',
  'Food',
  'Watch',
  'Phone',
  'Pad',
  'Drive',
  'Mail',
  'Search',
  'Translate',
  'Pass',
  'Card',
  'Points',
  'Rewards',
  'Plus',
  'Prime',
  'Pro',
  'Max',
  'Bike',
  'Car',
  'Taxi',
  'Express'
] as const

/** Kinds of forum held by places or a bloc, a meeting of its kind: "Vietnam-Indonesia Business Forum", "Vietnam Economic Forum". */
export const forumKinds = [
  'Business',
  'CEO',
  'CEOs',
  'Economic',
  'Investment',
  'Trade',
  'Energy',
  'Innovation',
  'Tourism',
  'Finance',
  'Logistics',
  'Startup'
] as const

/**
 * Last words of a place's, a thing's or an event's name that no person's name
 * ends with ("Ben Thanh Market", "Bach Dang Wave", "Anh Minh Trading");
 * words that are also family names ("Park", "Hall", "Law") are left out.
 */
export const thingClosers = [
  'Market',
  'Trading',
  'Wave',
  'Contest',
  'Festival',
  'Award',
  'Awards',
  'Prize',
  'Hotel',
  'Tower',
  'Towers',
  'Airport',
  'Station',
  'Stadium',
  'Arena',
  'Expressway',
  'Highway',
  'Boulevard',
  'Building',
  'Pagoda',
  'Mosque',
  'Cathedral',
  'Museum',
  'Mausoleum',
  'Beach',
  'Island',
  'Lake',
  'Square',
  'Village',
  'Show',
  'Tour',
  'Campaign',
  'Programme',
  'Program',
  'Project',
  'Airshow',
  'Expo',
  'Fair',
  'Rankings',
  'Exam'
] as const

/** Last words of a plan's or a strategy's name, which spells no body ("New Industrial Master Plan (NIMP)"). */
export const planHeads = ['Plan', 'Masterplan', 'Strategy', 'Policy', 'Regulation', 'Vision', 'Agenda'] as const

/**
 * Last words of a body's document, data or plan named after it ("National
 * Investment Council Annual Report", "World Bank Doing Business Report",
 * "Daily Operations Data"): the body's name ends at its own head.
 */
export const documentClosers = [
  'Report',
  'Review',
  'Outlook',
  'Data',
  'Index',
  'Roadmap',
  'Plan',
  'Masterplan',
  'Strategy',
  'Blueprint',
  'Agenda',
  'Guidelines',
  'Forecast',
  'Rankings',
  'Ranking'
] as const

/** Words of a news site's section before "News" ("Related News", "Latest News"): a heading, no paper. */
export const newsSections = [
  'Related',
  'Latest',
  'Top',
  'Breaking',
  'More',
  'Other',
  'Hot',
  'Featured',
  'Recommended',
  'Trending',
  'Popular'
] as const

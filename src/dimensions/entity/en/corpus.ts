import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'entity'> = {
  dimension: 'entity',
  lang: 'en',
  examples: [
    examples({ type: 'place', canonical: 'Vietnam' }, ['Vietnam', 'Viet Nam']),
    examples({ type: 'place', canonical: 'Hanoi' }, ['Hanoi']),
    examples({ type: 'place', canonical: 'South Korea' }, ['South Korea']),
    examples({ type: 'place', canonical: 'Middle East' }, ['Middle East']),
    examples({ type: 'organization', canonical: 'United Nations' }, ['United Nations']),
    examples({ type: 'organization' }, [
      'Ministry of Foreign Affairs',
      'Institute for Indian and Southwest Asian Studies',
      'Lahore Chamber of Commerce'
    ]),
    examples({ type: 'agreement' }, [
      'Free Trade Agreement',
      'Vietnam–Pakistan Preferential Trade Agreement',
      'ASEAN–Pakistan Economic Cooperation Framework'
    ]),
    examples({ type: 'agreement', name: 'Vietnam–Pakistan trade agreement' }, ['Vietnam–Pakistan trade agreement']),
    examples({ type: 'agreement', name: 'Japan-Korea free trade agreement' }, ['Japan-Korea free trade agreement'])
  ],
  inContext: [
    {
      text: "Vietnam's Minister of Industry and Trade Tran Minh Quan met Pakistan’s Minister of Commerce Asad Karim Shah.",
      finds: [
        { quote: 'Vietnam', value: { type: 'place' } },
        { quote: 'Tran Minh Quan', value: { type: 'person', role: 'Minister of Industry and Trade' } },
        { quote: 'Pakistan', value: { type: 'place' } },
        { quote: 'Asad Karim Shah', value: { type: 'person', role: 'Minister of Commerce' } }
      ]
    },
    {
      text: 'Nadia Farooq, Assistant Minister, Ministry of Foreign Affairs, spoke in Lahore.',
      finds: [
        { quote: 'Nadia Farooq', value: { type: 'person', role: 'Assistant Minister, Ministry of Foreign Affairs' } },
        { quote: 'Ministry of Foreign Affairs', value: { type: 'organization' } },
        { quote: 'Lahore', value: { type: 'place' } }
      ]
    },
    {
      text: 'Rashid Alvi, former President of the Karachi Chamber of Commerce and Industry, called on the Government of Pakistan to act.',
      finds: [
        { quote: 'Rashid Alvi', value: { type: 'person' } },
        { quote: 'Karachi Chamber of Commerce and Industry', value: { type: 'organization' } },
        { quote: 'Government of Pakistan', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Pakistani Ambassador to Japan Omar Qureshi said trade with the US and the UK grew.',
      finds: [
        { quote: 'Japan', value: { type: 'place' } },
        { quote: 'Omar Qureshi', value: { type: 'person', role: 'Ambassador to Japan' } },
        { quote: 'US', value: { type: 'place' } },
        { quote: 'UK', value: { type: 'place' } }
      ]
    },
    {
      text: 'Ali Raza Khan, Ph.D. Dr. Khan teaches at the University of Pisa, Italy.',
      finds: [
        { quote: 'Ali Raza Khan', value: { type: 'person' } },
        { quote: 'Khan', value: { type: 'person' } },
        { quote: 'University of Pisa', value: { type: 'organization' } },
        { quote: 'Italy', value: { type: 'place' } }
      ]
    },
    {
      text: 'Malik expressed hope that the Indo-Pacific and Central Asia would gain.',
      finds: [{ quote: 'Malik', value: { type: 'person' } }, { quote: 'Indo-Pacific' }, { quote: 'Central Asia' }]
    },
    {
      text: 'According to Tran Thi Mai, the World Bank and the IMF agree.',
      finds: [{ quote: 'Tran Thi Mai', value: { type: 'person' } }, { quote: 'World Bank' }, { quote: 'IMF' }]
    },
    {
      text: 'State Bank Governor Omar Khan joined the Joint Working Group on Trade in Hanoi.',
      finds: [
        { quote: 'State Bank', value: { type: 'organization' } },
        { quote: 'Omar Khan', value: { type: 'person', role: 'Governor' } },
        { quote: 'Joint Working Group on Trade', value: { type: 'organization' } },
        { quote: 'Hanoi' }
      ]
    },
    {
      text: 'Prime Minister Tran Van Hoa and his counterpart Zubair Qadri met the ASEAN Secretary-General Lim Jock Hoi.',
      finds: [
        { quote: 'Tran Van Hoa', value: { type: 'person', role: 'Prime Minister' } },
        { quote: 'Zubair Qadri', value: { type: 'person' } },
        { quote: 'ASEAN', value: { type: 'organization' } },
        { quote: 'Lim Jock Hoi', value: { type: 'person', role: 'Secretary-General' } }
      ]
    },
    { text: 'Vietnam – Pakistan relations', finds: [{ quote: 'Vietnam' }, { quote: 'Pakistan' }] },
    {
      text: 'Prime Minister Datuk Seri Anwar Ibrahim met Tan Sri Muhyiddin Yassin and Mian Shehbaz Sharif.',
      finds: [
        { quote: 'Anwar Ibrahim', value: { type: 'person', role: 'Prime Minister' } },
        { quote: 'Muhyiddin Yassin', value: { type: 'person' } },
        { quote: 'Shehbaz Sharif', value: { type: 'person' } }
      ]
    },
    {
      text: 'Head of the GSO Nguyen Thi Huong said Truong My Lan was sentenced.',
      finds: [
        { quote: 'GSO', value: { type: 'organization' } },
        { quote: 'Nguyen Thi Huong', value: { type: 'person', role: 'Head of the GSO' } },
        { quote: 'Truong My Lan', value: { type: 'person' } }
      ]
    },
    {
      text: 'President A. Bakar, Senior Vice President Zubair Motiwala and Chairman Ahmed Raza spoke.',
      finds: [
        { quote: 'A. Bakar', value: { type: 'person', role: 'President' } },
        { quote: 'Zubair Motiwala', value: { type: 'person', role: 'Senior Vice President' } },
        { quote: 'Ahmed Raza', value: { type: 'person', role: 'Chairman' } }
      ]
    },
    { text: 'Bogor, W Java (ANTARA) - The vote ended.', finds: [{ quote: 'Bogor' }, { quote: 'W Java' }] },
    {
      text: 'the Socialist Republic of Viet Nam and the Western Pacific',
      finds: [{ quote: 'Socialist Republic of Viet Nam', value: { canonical: 'Vietnam' } }, { quote: 'Western Pacific' }]
    },
    {
      text: 'Australia, Canada, Columbia, Finland and Spain',
      finds: [
        { quote: 'Australia' },
        { quote: 'Canada' },
        { quote: 'Columbia', value: { type: 'place' } },
        { quote: 'Finland' },
        { quote: 'Spain' }
      ]
    },
    { text: 'with Tuoi Tre (Youth) newspaper', finds: [{ quote: 'Tuoi Tre', value: { type: 'organization' } }] },
    { text: 'The DOH routine surveillance system', finds: [{ quote: 'DOH', value: { type: 'organization' } }] },
    { text: 'Theo Sggp.org.vn, trade grew. — Bernama', finds: [{ quote: 'Sggp.org.vn' }, { quote: 'Bernama' }] },
    { text: 'Vietnam’s ministry of industry and trade said', finds: [{ quote: 'Vietnam' }, { quote: 'ministry of industry and trade' }] },
    { text: 'the Association of Southeast Asian Nations (ASEAN)', finds: [{ quote: 'Association of Southeast Asian Nations' }] },
    // Companies named by their context: results, shares, a lower-case noun of their trade.
    {
      text: 'Budget carrier Cebu Pacific will lease ten aircraft, while lender Kasikornbank raised its capital.',
      finds: [
        { quote: 'Cebu Pacific', value: { type: 'organization' } },
        { quote: 'Kasikornbank', value: { type: 'organization' } }
      ]
    },
    { text: 'Shares of Vinacafe fell 3 percent on Monday.', finds: [{ quote: 'Vinacafe', value: { type: 'organization' } }] },
    { text: "Sembcorp's net income fell in the quarter.", finds: [{ quote: 'Sembcorp', value: { type: 'organization' } }] },
    { text: 'The opposition Awami League boycotted the vote.', finds: [{ quote: 'Awami League', value: { type: 'organization' } }] },
    // Provinces from ISO 3166-2, with or without diacritics.
    {
      text: 'Floods hit Balochistan and Dak Nong, and rain fell in Khon Kaen.',
      finds: [
        { quote: 'Balochistan', value: { type: 'place' } },
        { quote: 'Dak Nong', value: { type: 'place' } },
        { quote: 'Khon Kaen', value: { type: 'place' } }
      ]
    },
    // A dateline with an agency no list holds; a place before a word for a part of a country; a direction before a place.
    {
      text: 'Hanoi (VNS) - Exports rose in Sukabumi district and in W Java.',
      finds: [
        { quote: 'Hanoi', value: { type: 'place' } },
        { quote: 'VNS', value: { type: 'organization' } },
        { quote: 'Sukabumi', value: { type: 'place' } },
        { quote: 'W Java', value: { type: 'place' } }
      ]
    },
    // People with no title: compromise's reading, and names no lexicon knows.
    { text: 'Yesterday, Maria Ressa spoke to reporters.', finds: [{ quote: 'Maria Ressa', value: { type: 'person' } }] },
    { text: 'They thanked Bambang Susantono for the visit.', finds: [{ quote: 'Bambang Susantono', value: { type: 'person' } }] },
    // A syllable glued by a hyphen belongs to a Korean given name.
    { text: 'Coach Kim Sang-sik praised his players.', finds: [{ quote: 'Kim Sang-sik', value: { type: 'person', role: 'Coach' } }] },
    // National teams by age group; clubs after "and" read on their own.
    {
      text: 'Vietnam U23 beat Hanoi FC and Viettel FC in friendlies.',
      finds: [
        { quote: 'Vietnam U23', value: { type: 'organization' } },
        { quote: 'Hanoi FC', value: { type: 'organization' } },
        { quote: 'Viettel FC', value: { type: 'organization' } }
      ]
    },
    // A sentence-opening business noun stays out of the name; hospitals; companies named by their brand.
    {
      text: 'Contractor Deo Ca Group built the road to Bach Mai Hospital, funded by Vingroup and Petronas.',
      finds: [
        { quote: 'Deo Ca Group', value: { type: 'organization' } },
        { quote: 'Bach Mai Hospital', value: { type: 'organization' } },
        { quote: 'Vingroup', value: { type: 'organization', canonical: 'Vingroup' } },
        { quote: 'Petronas', value: { type: 'organization' } }
      ]
    },
    {
      // A brand with the country it works in is one company; a word with an inner capital is a brand, not a person.
      text: 'Samsung Electronics Vietnam, Tourism Malaysia, AirAsia chief executive Tony Fernandes said, and CapitaLand Development met in Hanoi.',
      finds: [
        { quote: 'Samsung Electronics Vietnam', value: { type: 'organization' } },
        { quote: 'Tourism Malaysia', value: { type: 'organization' } },
        { quote: 'AirAsia', value: { type: 'organization' } },
        { quote: 'Tony Fernandes', value: { type: 'person' } },
        { quote: 'CapitaLand Development', value: { type: 'organization' } },
        { quote: 'Hanoi', value: { type: 'place' } }
      ]
    },
    {
      // A head before "and" ends a body's name; a lower-case title opening a sentence is still a title.
      text: 'Photographer Nick Ut said Chulalongkorn University and Mahidol University would share a centre.',
      finds: [
        { quote: 'Nick Ut', value: { type: 'person', role: 'Photographer' } },
        { quote: 'Chulalongkorn University', value: { type: 'organization' } },
        { quote: 'Mahidol University', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Shares of FPT Corp rose as the Pakatan Harapan coalition met on the Red River.',
      finds: [
        { quote: 'FPT Corp', value: { type: 'organization' } },
        { quote: 'Pakatan Harapan', value: { type: 'organization' } },
        { quote: 'Red River', value: { type: 'place' } }
      ]
    },
    // A bare head before "and" is half of one name; "People's" opens one; a given name's syllables glued by a hyphen.
    {
      text: "The Securities and Exchange Commission of Pakistan fined brokers, the People's Action Party said, and Kim Sang-sik agreed.",
      finds: [
        { quote: 'Securities and Exchange Commission of Pakistan', value: { type: 'organization' } },
        { quote: "People's Action Party", value: { type: 'organization' } },
        { quote: 'Kim Sang-sik', value: { type: 'person' } }
      ]
    },
    // A word of a company's trade or a club's closing word heads a name; "United States" stays a place.
    {
      text: 'Tata Motors, LG Electronics and Buriram United met officials of the United States.',
      finds: [
        { quote: 'Tata Motors', value: { type: 'organization' } },
        { quote: 'LG Electronics', value: { type: 'organization' } },
        { quote: 'Buriram United', value: { type: 'organization' } },
        { quote: 'United States', value: { type: 'place' } }
      ]
    },
    // A list of portfolios inside one name; a lower-case title with a body after it introduces a person.
    {
      text: 'Minister of Culture, Sports and Tourism Ho An Phong met Do Ha Nam, vice chairman of the Vietnam Food Association, at the Ministry of Agriculture, Forestry and Fisheries.',
      finds: [
        { quote: 'Ho An Phong', value: { type: 'person', role: 'Minister of Culture, Sports and Tourism' } },
        { quote: 'Do Ha Nam', value: { type: 'person' } },
        { quote: 'Vietnam Food Association', value: { type: 'organization' } },
        { quote: 'Ministry of Agriculture, Forestry and Fisheries', value: { type: 'organization' } }
      ]
    },
    // Initials that spell the bracketed short form name a body; a place opening a body's name after a title stays in it.
    {
      text: 'PTT Exploration and Production (PTTEP) and the United Malays National Organisation (Umno) joined Benazir Income Support Programme (BISP) talks.',
      finds: [
        { quote: 'PTT Exploration and Production', value: { type: 'organization' } },
        { quote: 'United Malays National Organisation', value: { type: 'organization' } },
        { quote: 'Umno', value: { type: 'organization' } },
        { quote: 'Benazir Income Support Programme', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Nguyen Trung Khanh, head of the Viet Nam National Authority of Tourism, said so.',
      finds: [
        { quote: 'Nguyen Trung Khanh', value: { type: 'person' } },
        { quote: 'Viet Nam National Authority of Tourism', value: { type: 'organization' } }
      ]
    },
    // A name before its head starts after "the"; "rival" opening a sentence stays out of the name.
    {
      text: 'Stocks on the Ho Chi Minh Stock Exchange fell. Rival CIMB Group Holdings Bhd gained.',
      finds: [
        { quote: 'Ho Chi Minh Stock Exchange', value: { type: 'organization' } },
        { quote: 'CIMB Group Holdings Bhd', value: { type: 'organization' } }
      ]
    },
    // Names no dictionary holds, joined by a dash or "and", are people apart.
    {
      text: 'The tickets of Anies Baswedan-Muhaimin Iskandar and Ganjar Pranowo won votes.',
      finds: [
        { quote: 'Anies Baswedan', value: { type: 'person' } },
        { quote: 'Muhaimin Iskandar', value: { type: 'person' } },
        { quote: 'Ganjar Pranowo', value: { type: 'person' } }
      ]
    },
    // Clubs named after their city, told by the sport around them; a name so found is the club's again in its sentence.
    {
      text: 'Buriram United beat champions Nam Dinh 4-1, and Nam Dinh left early. Persib coach Bojan Hodak watched JDT draw 1-1 with Persija Jakarta.',
      finds: [
        { quote: 'Buriram United', value: { type: 'organization' } },
        { quote: 'Nam Dinh', value: { type: 'organization' } },
        { quote: 'Nam Dinh', value: { type: 'organization' } },
        { quote: 'Persib', value: { type: 'organization' } },
        { quote: 'Bojan Hodak', value: { type: 'person', role: 'coach' } },
        { quote: 'Persija Jakarta', value: { type: 'organization' } }
      ]
    },
    // A chamber alone, a possessive body, an agency after a dateline's date.
    {
      text: "HA NOI, May 30 (VNS) - The Senate heard the Attorney-General's Chambers.",
      finds: [
        { quote: 'HA NOI', value: { type: 'place' } },
        { quote: 'VNS', value: { type: 'organization' } },
        { quote: 'Senate', value: { type: 'organization' } },
        { quote: "Attorney-General's Chambers", value: { type: 'organization' } }
      ]
    },
    // Judges and generals by their titles; a Khmer honorific before a name.
    {
      text: 'Justice Collin Sequerah heard the case, as Senior General Min Aung Hlaing met Samdech Thipadei Hun Manet.',
      finds: [
        { quote: 'Collin Sequerah', value: { type: 'person', role: 'Justice' } },
        { quote: 'Min Aung Hlaing', value: { type: 'person' } },
        { quote: 'Hun Manet', value: { type: 'person' } }
      ]
    },
    // "Co" ends a Vietnamese name unless a company's abbreviation goes on.
    {
      text: 'Dr Dao Xuan Co, director of Bach Mai Hospital, said Hoa Binh Co Ltd had paid.',
      finds: [
        { quote: 'Dao Xuan Co', value: { type: 'person' } },
        { quote: 'Bach Mai Hospital', value: { type: 'organization' } },
        { quote: 'Hoa Binh Co Ltd', value: { type: 'organization' } }
      ]
    },
    // "of" and a place after a brand's company word say where it is from; after a common word they are the name's.
    {
      text: 'Investors led by SK Group of South Korea bought a stake, as did the Food Corporation of India.',
      finds: [
        { quote: 'SK Group', value: { type: 'organization' } },
        { quote: 'South Korea', value: { type: 'place' } },
        { quote: 'Food Corporation of India', value: { type: 'organization' } }
      ]
    },
    // A known company's brand opening a longer name names its unit; a title after the brand ends it.
    {
      text: 'Masan Consumer and Masan High-Tech Materials grew, Vingroup Chairman Pham Nhat Vuong said.',
      finds: [
        { quote: 'Masan Consumer', value: { type: 'organization' } },
        { quote: 'Masan High-Tech Materials', value: { type: 'organization' } },
        { quote: 'Vingroup', value: { type: 'organization' } },
        { quote: 'Pham Nhat Vuong', value: { type: 'person' } }
      ]
    },
    // A head's reading inside a body the gazetteer knows gives way to the known name.
    {
      text: 'The money came from state fund 1Malaysia Development Berhad, the court heard.',
      finds: [{ quote: '1Malaysia Development Berhad', value: { type: 'organization' } }]
    },
    // Competitions, ships, models, laws, plans and meetings are no bodies, nor is a body's name inside theirs; a party's league is one.
    {
      text: 'Hanoi FC play in the AFC Champions League Two and the Night Wolf V.League 1, and the Pakistan Muslim League won.',
      finds: [
        { quote: 'Hanoi FC', value: { type: 'organization' } },
        { quote: 'Pakistan Muslim League', value: { type: 'organization' } }
      ]
    },
    {
      text: 'The bulk carrier MV Pacific Harmony left Manila as Vietjet Air flew its Airbus A321neo to Da Nang.',
      finds: [
        { quote: 'Manila', value: { type: 'place' } },
        { quote: 'Vietjet Air', value: { type: 'organization' } },
        { quote: 'Da Nang', value: { type: 'place' } }
      ]
    },
    {
      text: 'Leaders backed the ASEAN Power Grid and the Digital Economy Framework Agreement at the ASEAN Summit.',
      finds: [{ quote: 'Digital Economy Framework Agreement', value: { type: 'agreement' } }]
    },
    // A demonym before a body of the state opening with its head is no part of its name.
    {
      text: 'The Philippine Department of Agriculture lifted the ban.',
      finds: [{ quote: 'Department of Agriculture', value: { type: 'organization' } }]
    },
    // Two bodies of one head on either side of "and".
    {
      text: 'Engineers trained at the University of Tokyo and Keio University.',
      finds: [
        { quote: 'University of Tokyo', value: { type: 'organization' } },
        { quote: 'Keio University', value: { type: 'organization' } }
      ]
    },
    // A known body's brand and a one-digit number name its numbered unit; a figure after a brand is no part of it.
    {
      text: 'Vinafood 2 signed the deal as Vinamilk rose 3 per cent and Masan 2.5 per cent.',
      finds: [
        { quote: 'Vinafood 2', value: { type: 'organization' } },
        { quote: 'Vinamilk', value: { type: 'organization' } },
        { quote: 'Masan', value: { type: 'organization' } }
      ]
    },
    // A short name in brackets after a body's name is one; the words before a known body's acronym are its long name.
    {
      text: 'Singapore Telecommunications Ltd (Singtel) and Vietnam Electricity (EVN) reported results.',
      finds: [
        { quote: 'Singapore Telecommunications Ltd', value: { type: 'organization' } },
        { quote: 'Singtel', value: { type: 'organization' } },
        { quote: 'Vietnam Electricity', value: { type: 'organization' } }
      ]
    },
    // A ministry's acronym keeps the "o" of "of"; a memorandum's of the same shape is an agreement.
    {
      text: 'MoIT official Tran Thanh Hai said the MoU would be signed soon.',
      finds: [
        { quote: 'MoIT', value: { type: 'organization' } },
        { quote: 'Tran Thanh Hai', value: { type: 'person' } },
        { quote: 'MoU', value: { type: 'agreement' } }
      ]
    },
    // Heads of the region's languages: Malay, Hindi, Urdu (its "-e-" joins one name), Indonesian "PT"; a side of parliament stays out.
    {
      text: 'The Dewan Rakyat and the Lok Sabha passed the bills, and opposition Pakistan Tehreek-e-Insaf objected.',
      finds: [
        { quote: 'Dewan Rakyat', value: { type: 'organization' } },
        { quote: 'Lok Sabha', value: { type: 'organization' } },
        { quote: 'Pakistan Tehreek-e-Insaf', value: { type: 'organization' } }
      ]
    },
    {
      text: 'PT Pertamina signed a deal with PT Astra International Tbk.',
      finds: [
        { quote: 'PT Pertamina', value: { type: 'organization' } },
        { quote: 'PT Astra International Tbk', value: { type: 'organization' } }
      ]
    },
    // A title-case headline's verbs and small words end its names.
    {
      text: 'Vietnam Airlines Posts Record Profit As Travel Rebounds',
      finds: [{ quote: 'Vietnam Airlines', value: { type: 'organization' } }]
    },
    // A known place opening with an honorific's word is the place; a body's head makes a text's first words no dateline.
    {
      text: "Sri Lanka's Central Bank cut rates.",
      finds: [
        { quote: 'Sri Lanka', value: { type: 'place' } },
        { quote: 'Central Bank', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Siam Cement Group (SCG) expects sales to grow.',
      finds: [{ quote: 'Siam Cement Group', value: { type: 'organization' } }]
    },
    // A compound of common words opening a sentence is an adjective of the business noun; a country's officer keeps the body apart.
    {
      text: 'Low-cost carrier Cebu Pacific ordered new jets. World Bank Country Director Mariam Sherman spoke.',
      finds: [
        { quote: 'Cebu Pacific', value: { type: 'organization' } },
        { quote: 'World Bank', value: { type: 'organization' } },
        { quote: 'Mariam Sherman', value: { type: 'person', role: 'Country Director' } }
      ]
    },
    // One word no lexicon knows before "said" is a brand; a venue's "Center" is a building.
    {
      text: 'Vietravel said bookings rose as the National Convention Center hosted the fair.',
      finds: [{ quote: 'Vietravel', value: { type: 'organization' } }]
    },
    // "Representatives" heads a chamber after "of" only; a title's word after "of" is a portfolio.
    {
      text: 'Representatives of the Ministry of Finance and the Ministry of Justice attended.',
      finds: [
        { quote: 'Ministry of Finance', value: { type: 'organization' } },
        { quote: 'Ministry of Justice', value: { type: 'organization' } }
      ]
    },
    // The last "and" parts two bodies of one head.
    {
      text: 'Officials from Hanoi University of Science and Technology and Vietnam National University spoke.',
      finds: [
        { quote: 'Hanoi University of Science and Technology', value: { type: 'organization' } },
        { quote: 'Vietnam National University', value: { type: 'organization' } }
      ]
    },
    // An abbreviated closer keeps its stop; a short name of words in brackets; a unit's number; brands by their capitals.
    {
      text: 'Jollibee Foods Corp. and PetroVietnam Power Corp (PV Power) gained.',
      finds: [
        { quote: 'Jollibee Foods Corp.', value: { type: 'organization' } },
        { quote: 'PetroVietnam Power Corp', value: { type: 'organization' } },
        { quote: 'PV Power', value: { type: 'organization' } }
      ]
    },
    // A demonym before a body of the state stays out of its name, unless "National" follows it.
    {
      text: 'The Indian External Affairs Ministry thanked the Philippine National Police.',
      finds: [
        { quote: 'External Affairs Ministry', value: { type: 'organization' } },
        { quote: 'Philippine National Police', value: { type: 'organization' } }
      ]
    },
    // An airline by the place it flies from, a company by its country and brand; a portfolio before its minister is a title, no body.
    {
      text: 'Air India will fly to Hanoi with Korea Eximbank funds, the State Industries Minister said.',
      finds: [
        { quote: 'Air India', value: { type: 'organization' } },
        { quote: 'Hanoi', value: { type: 'place' } },
        { quote: 'Korea Eximbank', value: { type: 'organization' } }
      ]
    },
    // Two names joined by an ampersand are a firm's; common words so joined name a field.
    {
      text: 'Engines from Pratt & Whitney and Research & Development costs hit Procter & Gamble.',
      finds: [
        { quote: 'Pratt & Whitney', value: { type: 'organization' } },
        { quote: 'Procter & Gamble', value: { type: 'organization' } }
      ]
    },
    // The law officers of a state are titles.
    {
      text: 'Solicitor General Tushar Mehta spoke for the regulator.',
      finds: [{ quote: 'Tushar Mehta', value: { type: 'person', role: 'Solicitor General' } }]
    },
    // The stop ending the paragraph is the sentence's.
    {
      text: 'The court heard the appeal of Sunrise Capital Markets Ltd.',
      finds: [{ quote: 'Sunrise Capital Markets Ltd', value: { type: 'organization' } }]
    },
    {
      text: 'The Project Management Unit 85 hired GTNFoods and SpaceX.',
      finds: [
        { quote: 'Project Management Unit 85', value: { type: 'organization' } },
        { quote: 'GTNFoods', value: { type: 'organization' } },
        { quote: 'SpaceX', value: { type: 'organization' } }
      ]
    },
    // An officer after an acronym makes it a body's; letters and a number name an index.
    {
      text: 'MEA spokesperson Raveesh Kumar said the VN30 basket rose.',
      finds: [
        { quote: 'MEA', value: { type: 'organization' } },
        { quote: 'Raveesh Kumar', value: { type: 'person' } }
      ]
    },
    // The words before a business noun that a name follows say what kind the body is.
    {
      text: 'Securities firm SSI said the market would remain volatile.',
      finds: [{ quote: 'SSI', value: { type: 'organization' } }]
    },
    // A portfolio's word after "and" is no title; a body named after a titled person is read by its head; a trophy is no body.
    {
      text: 'The Ministry of Law and Justice met at the Lady Ridgeway Hospital for Children before the Charity Shield.',
      finds: [
        { quote: 'Ministry of Law and Justice', value: { type: 'organization' } },
        { quote: 'Lady Ridgeway Hospital for Children', value: { type: 'organization' } }
      ]
    },
    // The examples of a plural business noun are bodies of its kind; a country's are places.
    {
      text: 'Online travel agencies such as Agoda and Traveloka grew in countries such as Vietnam.',
      finds: [
        { quote: 'Agoda', value: { type: 'organization' } },
        { quote: 'Traveloka', value: { type: 'organization' } },
        { quote: 'Vietnam', value: { type: 'place' } }
      ]
    },
    // A document's title holds its parties and subject: no bodies of their own.
    {
      text: 'They signed a Memorandum of Understanding between the Vietnam Coast Guard (VCG) and the Philippine Coast Guard on Maritime Cooperation.',
      finds: [{ quote: 'Memorandum of Understanding', value: { type: 'agreement' } }]
    },
    // A known brand before the province or region it works in names its unit or club.
    {
      text: 'Becamex Binh Duong beat Hanoi, and Greenpeace Southeast Asia said Vinamilk in Hanoi would pay.',
      finds: [
        { quote: 'Becamex Binh Duong', value: { type: 'organization' } },
        { quote: 'Hanoi', value: { type: 'place' } },
        { quote: 'Greenpeace Southeast Asia', value: { type: 'organization' } },
        { quote: 'Vinamilk', value: { type: 'organization' } },
        { quote: 'Hanoi', value: { type: 'place' } }
      ]
    },
    // Inside a sentence, a capital "The" opens a paper's name.
    {
      text: 'The airline told The Saigon Times it would sell the unit, according to The Star.',
      finds: [
        { quote: 'The Saigon Times', value: { type: 'organization' } },
        { quote: 'The Star', value: { type: 'organization' } }
      ]
    },
    // At a sentence's start a paper's "The" opens its name when the paper's word closes it, or the gazetteer knows the paper.
    {
      text: 'The Hanoi Times reported that the Fed held rates. The Hindu said Bangko Sentral ng Pilipinas would cut.',
      finds: [
        { quote: 'The Hanoi Times', value: { type: 'organization' } },
        { quote: 'Fed', value: { type: 'organization' } },
        { quote: 'The Hindu', value: { type: 'organization' } },
        { quote: 'Bangko Sentral ng Pilipinas', value: { type: 'organization' } }
      ]
    },
    // Brands the news names alone.
    {
      text: 'Nike and Adidas moved orders to Binh Duong, and Gavi paid for the vaccines.',
      finds: [
        { quote: 'Nike', value: { type: 'organization' } },
        { quote: 'Adidas', value: { type: 'organization' } },
        { quote: 'Binh Duong', value: { type: 'place' } },
        { quote: 'Gavi', value: { type: 'organization' } }
      ]
    },
    // A brand before a product's word names the product; the brand alone is the company.
    {
      text: 'Google Maps and Apple Pay came to Hanoi, Google said.',
      finds: [
        { quote: 'Hanoi', value: { type: 'place' } },
        { quote: 'Google', value: { type: 'organization' } }
      ]
    },
    // A known brand and the place it works in close a first name before "and".
    {
      text: 'Grab Vietnam and Be Group cut fares.',
      finds: [
        { quote: 'Grab Vietnam', value: { type: 'organization' } },
        { quote: 'Be Group', value: { type: 'organization' } }
      ]
    },
    // A brand alone before "and" is a body of its own, and so is the name after it.
    {
      text: 'Lilama and General Electric built it; Maersk and Mediterranean Shipping Company call there.',
      finds: [
        { quote: 'Lilama', value: { type: 'organization' } },
        { quote: 'General Electric', value: { type: 'organization' } },
        { quote: 'Maersk', value: { type: 'organization' } },
        { quote: 'Mediterranean Shipping Company', value: { type: 'organization' } }
      ]
    },
    // A plant's name before its unit's number, a maker's model number, a strain's or a line's code, a ranking and a regulation are no names.
    {
      text: 'Nhon Trach 3 runs on gas; Boeing 737 jets, the DENV-2 strain, the QS World University Rankings and the European Union Deforestation Regulation (EUDR) were discussed, Boeing said.',
      finds: [{ quote: 'Boeing', value: { type: 'organization' } }]
    },
    // A place before a kind of body says whose body it is and names none.
    {
      text: 'The show aired on the Ho Chi Minh City broadcaster.',
      finds: [{ quote: 'Ho Chi Minh City', value: { type: 'place' } }]
    },
    // A signature line closed by a stop is no headline, though only small words are in lower case.
    {
      text: 'Pham Van Duc, Deputy Director, Ministry of Industry and Trade.',
      finds: [
        { quote: 'Pham Van Duc', value: { type: 'person', role: 'Deputy Director, Ministry of Industry and Trade' } },
        { quote: 'Ministry of Industry and Trade', value: { type: 'organization' } }
      ]
    },
    // A title-case headline may keep its small words in lower case: its verbs still end the name.
    {
      text: 'Vietnam Airlines Posts Record Profit as Tourists Return',
      finds: [{ quote: 'Vietnam Airlines', value: { type: 'organization' } }]
    },
    // A pact named over "in" holds the bloc's name as its own word; a common word opening the sentence is not the pact's.
    {
      text: 'Members of the ASEAN Trade in Goods Agreement (ATIGA) will meet in Jakarta.',
      finds: [
        { quote: 'ASEAN Trade in Goods Agreement', value: { type: 'agreement' } },
        { quote: 'Jakarta', value: { type: 'place' } }
      ]
    },
    {
      text: 'Under ASEAN-India Trade in Goods Agreement rules, duties fall to zero.',
      finds: [{ quote: 'ASEAN-India Trade in Goods Agreement', value: { type: 'agreement' } }]
    },
    // A unit's name closes with a common word after "and"; a name after it is a second company.
    {
      text: 'Sime Darby Plantation and Top Glove were among the firms at the fair.',
      finds: [{ quote: 'Sime Darby Plantation', value: { type: 'organization' } }]
    },
    // A country's abbreviation before a body of the state is the place, not the body's word.
    {
      text: 'The US Department of Commerce and the U.S. Department of State issued statements.',
      finds: [
        { quote: 'US', value: { type: 'place' } },
        { quote: 'Department of Commerce', value: { type: 'organization' } },
        { quote: 'U.S.', value: { type: 'place' } },
        { quote: 'Department of State', value: { type: 'organization' } }
      ]
    },
    // "Inc." after a comma closes a company's name, in a lead's capitals too.
    {
      text: 'The daily is owned by Hastings Holdings, Inc., a unit of MediaQuest Holdings, Inc., the filing showed.',
      finds: [
        { quote: 'Hastings Holdings, Inc.', value: { type: 'organization' } },
        { quote: 'MediaQuest Holdings, Inc.', value: { type: 'organization' } }
      ]
    },
    {
      text: 'AYALA LAND, Inc. said mall revenues rose.',
      finds: [{ quote: 'AYALA LAND, Inc.', value: { type: 'organization' } }]
    },
    // A body's report or index named after it: the body ends at its head.
    {
      text: 'He cited the World Bank Doing Business Report and the National Investment Council Annual Report.',
      finds: [
        { quote: 'World Bank', value: { type: 'organization' } },
        { quote: 'National Investment Council', value: { type: 'organization' } }
      ]
    },
    // An acronym before a noun of a body's own doing is the body's ("the GACC protocol", "the MOIT plan").
    {
      text: 'The GACC protocol allows durian imports, and the MOIT plan would raise exports.',
      finds: [
        { quote: 'GACC', value: { type: 'organization' } },
        { quote: 'MOIT', value: { type: 'organization' } }
      ]
    },
    // A short acronym opening a headline before a colon is the body it quotes; a place in capitals is a dateline.
    {
      text: 'MIDA: RM90 Billion Approved Investments In First Half',
      finds: [{ quote: 'MIDA', value: { type: 'organization' } }]
    },
    {
      text: 'DHAKA: Bangladesh said on Monday.',
      finds: [
        { quote: 'DHAKA', value: { type: 'place' } },
        { quote: 'Bangladesh', value: { type: 'place' } }
      ]
    },
    // An acronym after "and" is no portfolio of the ministry before it; adjectives after "on" qualify the name's last noun.
    {
      text: "Korea's Ministry of Trade, Industry and Energy and KOTRA met the Joint Committee on Economic, Scientific and Technical Cooperation.",
      finds: [
        { quote: 'Ministry of Trade, Industry and Energy', value: { type: 'organization' } },
        { quote: 'Joint Committee on Economic, Scientific and Technical Cooperation', value: { type: 'organization' } }
      ]
    },
    // A body's head after a place at a paragraph's start makes a body, no dateline; a corridor's acronym before a head is the body's.
    {
      text: 'Malaysia Airlines (MAS) said flights rose, and the CPEC Authority agreed.',
      finds: [
        { quote: 'Malaysia Airlines', value: { type: 'organization' } },
        { quote: 'CPEC Authority', value: { type: 'organization' } }
      ]
    },
    // A known forum is a body wherever one speaks at it.
    {
      text: 'Modi spoke at the East Asia Summit.',
      finds: [{ quote: 'East Asia Summit', value: { type: 'organization' } }]
    },
    // Offices of one holder and a company's officers by function are titles, left out of the name.
    {
      text: 'National Statistician Rosa Villanueva and Ombudsman Lito Ramos briefed Chief Operating Officer Dinh Thi Lan.',
      finds: [
        { quote: 'Rosa Villanueva', value: { type: 'person' } },
        { quote: 'Lito Ramos', value: { type: 'person' } },
        { quote: 'Dinh Thi Lan', value: { type: 'person', role: 'Chief Operating Officer' } }
      ]
    },
    // An office named for its holder keeps the holder's title in its name.
    {
      text: 'The Office of the Ombudsman and the Office of the Prime Minister answered the senators.',
      finds: [
        { quote: 'Office of the Ombudsman', value: { type: 'organization' } },
        { quote: 'Office of the Prime Minister', value: { type: 'organization' } }
      ]
    },
    // "Chief Executive" ends a company's name before its holder, whose honorific is no part of the body.
    {
      text: 'Petronas Chief Executive Datuk Amir Hamzah said output rose, as did Chief Economist Ravi Menon.',
      finds: [
        { quote: 'Petronas', value: { type: 'organization' } },
        { quote: 'Amir Hamzah', value: { type: 'person' } },
        { quote: 'Ravi Menon', value: { type: 'person', role: 'Chief Economist' } }
      ]
    },
    // A lower-case role before a capitalized name; a nickname in quotes and a particle stay inside the name.
    {
      text: 'The bill was filed by senator Jose "Pepe" dela Cruz and backed by tycoon Arun Mehta.',
      finds: [
        { quote: 'Jose "Pepe" dela Cruz', value: { type: 'person', role: 'senator' } },
        { quote: 'Arun Mehta', value: { type: 'person', role: 'tycoon' } }
      ]
    },
    // Given names written short keep their stop: "Ma." (Maria), "Md." (Mohammad).
    {
      text: 'Ma. Elena D. Santos, a nurse, said beds ran out.',
      finds: [{ quote: 'Ma. Elena D. Santos', value: { type: 'person' } }]
    },
    {
      text: 'Md. Rafiqul Alam said the ferry left.',
      finds: [{ quote: 'Md. Rafiqul Alam', value: { type: 'person' } }]
    },
    // A Malaysian honorific of two words is left out of the name.
    {
      text: 'Datuk Wira Hasnah Yusof opened the fair.',
      finds: [{ quote: 'Hasnah Yusof', value: { type: 'person' } }]
    },
    // A Vietnamese full name wins over the place its last syllable spells; a Chinese Malaysian name by its shape.
    {
      text: 'The court heard Do Thi Thu Hue, while Goh Chee Wah and Liew Kah Seng signed the deal.',
      finds: [
        { quote: 'Do Thi Thu Hue', value: { type: 'person' } },
        { quote: 'Goh Chee Wah', value: { type: 'person' } },
        { quote: 'Liew Kah Seng', value: { type: 'person' } }
      ]
    },
    // A person's handle names the person; a body's handle in brackets after its acronym names no one.
    {
      text: 'The singer, who posts as @mai_linh.official, thanked fans, and the WHO (@WHO_Asia) replied.',
      finds: [
        { quote: '@mai_linh.official', value: { type: 'person' } },
        { quote: 'WHO', value: { type: 'organization' } }
      ]
    },
    // A wire's sign-off credits its people, one or several, wherever they reported from.
    {
      text: '(Reporting by Nguyen Minh Chau in Hanoi and R. Suresh; Editing by Clare Dunn)',
      finds: [
        { quote: 'Nguyen Minh Chau', value: { type: 'person' } },
        { quote: 'Hanoi', value: { type: 'place' } },
        { quote: 'R. Suresh', value: { type: 'person' } },
        { quote: 'Clare Dunn', value: { type: 'person' } }
      ]
    },
    {
      text: 'By Aisyah Rahim and Tom Keller',
      finds: [
        { quote: 'Aisyah Rahim', value: { type: 'person' } },
        { quote: 'Tom Keller', value: { type: 'person' } }
      ]
    },
    // Seats of government and agencies the news names as bodies; a roundtable of an industry is a body.
    {
      text: 'Wisma Putra summoned the envoy, the Istana said the visit would go ahead, and Suparco joined the Roundtable on Sustainable Biomaterials.',
      finds: [
        { quote: 'Wisma Putra', value: { type: 'organization' } },
        { quote: 'Istana', value: { type: 'organization' } },
        { quote: 'Suparco', value: { type: 'organization' } },
        { quote: 'Roundtable on Sustainable Biomaterials', value: { type: 'organization' } }
      ]
    },
    // Two bodies each closing on their country's name, parted by "and"; the second may have no head word.
    {
      text: 'The deal was signed by Universiti Sains Malaysia and Monash University, while Bank Danamon Indonesia and Indofood Indonesia led the losses.',
      finds: [
        { quote: 'Universiti Sains Malaysia', value: { type: 'organization' } },
        { quote: 'Monash University', value: { type: 'organization' } },
        { quote: 'Bank Danamon Indonesia', value: { type: 'organization' } },
        { quote: 'Indofood Indonesia', value: { type: 'organization' } }
      ]
    },
    // A country's name after "of" is the body's own, and "and" there joins its portfolio.
    {
      text: 'The Bank of Thailand and the Ministry of Agriculture and Cooperatives of Thailand met.',
      finds: [
        { quote: 'Bank of Thailand', value: { type: 'organization' } },
        { quote: 'Ministry of Agriculture and Cooperatives of Thailand', value: { type: 'organization' } }
      ]
    },
    // A title before honorifics is the person's role.
    {
      text: 'Deputy Finance Minister Datuk Lee Mei Ling and Dr. Karim Osman spoke.',
      finds: [
        { quote: 'Lee Mei Ling', value: { type: 'person', role: 'Deputy Finance Minister' } },
        { quote: 'Karim Osman', value: { type: 'person' } }
      ]
    },
    // A lower-case title before an honorific: the honorific still reads the person.
    {
      text: 'The deals were signed under former prime minister Tun Ahmad Salleh.',
      finds: [{ quote: 'Ahmad Salleh', value: { type: 'person' } }]
    },
    // "-based" parts the place from the body after it, and a name there is a body's.
    {
      text: 'A survey by Singapore-based Tamarind Lorrimer found costs rose, the Manila-based Asian Development Bank said.',
      finds: [
        { quote: 'Singapore', value: { type: 'place' } },
        { quote: 'Tamarind Lorrimer', value: { type: 'organization' } },
        { quote: 'Manila', value: { type: 'place' } },
        { quote: 'Asian Development Bank', value: { type: 'organization' } }
      ]
    },
    // Before a lower-case word, "-based" leaves the place alone.
    {
      text: 'Analysts at a London-based bank said rates would hold.',
      finds: [{ quote: 'London', value: { type: 'place' } }]
    },
    // Malay and Indonesian places open with a generic head: town, river, hill, village, cape.
    {
      text: 'Voters in Bukit Mertajam and Kampung Baru queued early, and the winner in Tanjung Karang thanked them.',
      finds: [
        { quote: 'Bukit Mertajam', value: { type: 'place' } },
        { quote: 'Kampung Baru', value: { type: 'place' } },
        { quote: 'Tanjung Karang', value: { type: 'place' } }
      ]
    },
    // Philippine names: "Ma." for Maria, a middle initial, a double family name, particles, a suffix's stop.
    {
      text: 'The anti-graft court acquitted former treasurer Luisa M. Reyes-Tan and clerk Ma. Rosario T. de la Paz, and heard Jose R. Lim Jr. on Monday.',
      finds: [
        { quote: 'Luisa M. Reyes-Tan', value: { type: 'person' } },
        { quote: 'Ma. Rosario T. de la Paz', value: { type: 'person' } },
        { quote: 'Jose R. Lim Jr.', value: { type: 'person' } }
      ]
    }
  ],
  negative: [
    // A line's "By" before a time signs no one.
    'By Monday, prices had fallen.',
    // An address's "@" after a word opens no handle.
    'Readers wrote to letters@example.com for help.',
    // "The" opening a sentence, a quoted title or a title names no paper.
    'The Old Man was read aloud. She said "The End" was near.',
    // A generator's number and a hospital's ward are no units of a body.
    'Unit 1 of the plant resumed output and the Intensive Care Unit was full.',
    // A plural of a common word in British spelling, or of a common noun, before "said" names no one.
    'Organisers said more fans came.',
    'Lawyers said the ruling was clear.',
    // "Hon" is an honorific with its stop only.
    'Hon Hai is a name here.',
    // A sitting that is held, an index and a company's building are no bodies.
    'The Belt and Road Forum was held on Monday.',
    'The SET index slipped as shoppers crowded into Vincom Center.',
    // A numbered sitting, a body's meeting, a programme and a plan are no bodies, nor is a body's name inside them.
    'The Party will hold its 14th National Congress in January.',
    'The Economic Times Global Business Summit closed on Friday.',
    'The Green Climate Fund Readiness Programme trains officials.',
    'The ASEAN Economic Community Blueprint sets goals.',
    'Deputies passed the Social Insurance Law and the Law on Credit Institutions, and discussed the Kuala Lumpur Declaration on ASEAN 2045.',
    'The 46th ASEAN Summit and the ASEAN Business and Investment Summit closed the Vietnam Space Center Project review.',
    'Deputies met at the National Assembly House on Friday.',
    'Pakistani exporters will keep making the same missteps.',
    // A prison is a building, no person.
    'He has been serving his term at Kajang Prison since last year.',
    // A people's name before a kind of body names none; a currency's prefix after "the" is no acronym of one.
    'The Vietnamese firm will join the US$20 billion programme.',
    // A currency's prefix is no place: US dollars, Singapore dollars.
    'exports worth US$5.75 billion and S$2 million',
    'A New Strategic Signal in Trade Policy',
    'Finding solutions to boost relations to new heights',
    'He said they met the Ministry.',
    'information technology (IT) and trade',
    'They spoke at the International Conference on Bilateral Political Consultation.',
    'Typhoon Yagi hit the Phong Chau Bridge near the 6A Binh Chanh project.',
    'Later, the PM GMT',
    // "The" before a noun of a body names nothing; a place's possessive stays a place.
    "The company's chief executive said sales would recover.",
    "Surin Pitsuwan's remarks",
    // A handle is no brand; a word before a country is no company of it.
    'The bank (@StateBank_Pak) said cases per Region rose.',
    // The acronym of a tax, a ratio, a plan or a thing after "the" names no body.
    'The GST rose, the CAR fell and the MRT line opened near the ATM.',
    // Common nouns whose initials spell the bracket name no body.
    'The weekly Case Fatality Rate (CFR) fell.',
    // A form of the game before a player's role is no club.
    'He was named Test captain and will lead the ODI side.',
    // A nationality before a player's role is no club; a role word opening a sentence is none either.
    'The club signed a Dutch defender on loan. Head coach and captain agreed.',
    // An adjective opening a sentence before a kind of body is no name of one.
    'Environmental group members met on Monday.',
    // A paper's name of common words is one only in capitals; a head alone names no body; plurals of plain acronyms are no brands.
    "The diplomat said the MoUs and the SOE reforms were signed. The Company's shares rose.",
    // Products of a brand, glued or apart, and a model's code.
    'Buyers queued for the Galaxy Z Fold6, GrabFood deals and TikTok Shop coupons.',
    // A forum of business named after the places holding it, and a tournament named after its sponsor, are no bodies.
    'The Indonesia-Vietnam Business Forum opened as the Mitsubishi Electric Cup final drew fans.',
    // A brand's or a central bank's name that is also a common word does not open a sentence as one.
    'Visa fees rose. Fed up, buyers left.',
    // Names closed by a word for a place, a thing or an event, or by a model's letter, are no people's.
    'Shoppers at Ben Thanh Market watched the Bach Dang Wave show; Sputnik V doses came too.',
    // A plan's or a law's initials after its name spell no body.
    'The National Energy Transition Roadmap (NETR) and the New Industrial Master Plan (NIMP) drew funds.',
    // A site's section heading and a tournament's group are no bodies.
    'Related News. Group B leaders won.',
    // A weekday before a title is no one's name.
    'The bank held rates on Thursday, Governor said.',
    // An acronym before a noun of what it names, or before a year, is a pact, a scheme, a show, a system or a plan.
    'The two sides agreed to conclude the CEPA talks by December.',
    'Exhibitors at the MIHAS showcase signed deals, and investors await the KRX trading system.',
    'The NIMP 2030 draws investment to the CPEC projects.',
    // Market indices named by their short names, and an index glued to its exchange's acronym.
    'The KLCI rose and the JCI slipped, while the PSEi was flat and the STI gained.',
    'The HNX-Index fell 0.5 per cent.',
    // A meeting one speaks at is no body; a body's data named after a head word is none either.
    'Governors presented the roadmap at the Point Zero Forum, and carriers must submit Daily Operations Data each night.',
    // A forum of chief executives named after the places holding it is a meeting.
    'The Indonesia-India CEO Forum met on Monday.',
    // A corridor or an initiative named by its acronym alone, and plans and visions with a bloc's name in them, are no bodies.
    "Investment under CPEC has reached $25 billion, and CPEC's second phase will start soon.",
    'The Master Plan for ASEAN Connectivity 2025 and the ASEAN Vision 2025 were adopted with the ASEAN Digital Masterplan 2025.',
    // The Malay heads in lower case are common words, no place.
    'In Malay, sungai means river and kampung means village.'
  ]
}

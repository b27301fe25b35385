import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'entity'> = {
  dimension: 'entity',
  lang: 'vi',
  examples: [
    examples({ type: 'place', canonical: 'Vietnam' }, ['Việt Nam']),
    examples({ type: 'place', canonical: 'Hanoi' }, ['Hà Nội']),
    examples({ type: 'place', canonical: 'Beijing' }, ['Bắc Kinh']),
    examples({ type: 'place', canonical: 'South Korea' }, ['Hàn Quốc']),
    examples({ type: 'place', canonical: 'Netherlands' }, ['Hà Lan']),
    examples({ type: 'organization', canonical: 'United Nations' }, ['Liên hợp quốc', 'Liên Hợp Quốc']),
    examples({ type: 'organization' }, [
      'Bộ Công thương',
      'Ủy ban Hỗn hợp Việt Nam-Pakistan',
      'Hội đồng nhân quyền Liên Hợp quốc',
      'Học viện Quân sự Nhật Bản'
    ]),
    examples({ type: 'agreement' }, ['Biên bản ghi nhớ', 'Hiệp định thương mại']),
    examples({ type: 'agreement', name: 'hiệp định thương mại Việt Nam - Pakistan' }, ['hiệp định thương mại Việt Nam - Pakistan'])
  ],
  inContext: [
    {
      // A company with the country it works in is one name; a country's syllable inside a person's name is no place.
      text: 'Samsung Electronics Việt Nam và Samsung Việt Nam cho biết, Trần Anh Hùng và ông Nguyễn Anh Tuấn có mặt tại Pháp.',
      finds: [
        { quote: 'Samsung Electronics Việt Nam', value: { type: 'organization' } },
        { quote: 'Samsung Việt Nam', value: { type: 'organization' } },
        { quote: 'Trần Anh Hùng', value: { type: 'person' } },
        { quote: 'Nguyễn Anh Tuấn', value: { type: 'person' } },
        { quote: 'Pháp', value: { type: 'place' } }
      ]
    },
    {
      // A verb or an amount ends a body's name; "dự án" goes on inside it.
      text: 'Ủy ban Chứng khoán Nhà nước xử phạt Công ty Cổ phần Chứng khoán Trí Việt 500 triệu đồng; Thanh tra Chính phủ kết luận sai phạm tại Ban Quản lý dự án Đường sắt.',
      finds: [
        { quote: 'Ủy ban Chứng khoán Nhà nước', value: { type: 'organization' } },
        { quote: 'Công ty Cổ phần Chứng khoán Trí Việt', value: { type: 'organization' } },
        { quote: 'Thanh tra Chính phủ', value: { type: 'organization' } },
        { quote: 'Ban Quản lý dự án Đường sắt', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Thủ tướng Phạm Văn Khải và Thủ tướng Pakistan gặp nhau tại Hà Lan.',
      finds: [
        { quote: 'Phạm Văn Khải', value: { type: 'person', role: 'Thủ tướng' } },
        { quote: 'Pakistan', value: { type: 'place' } },
        { quote: 'Hà Lan', value: { type: 'place' } }
      ]
    },
    {
      text: 'Đại sứ Ấn Độ tại Việt Nam, Ngài Rajiv Mehra, đã phát biểu.',
      finds: [
        { quote: 'Ấn Độ' },
        { quote: 'Việt Nam' },
        { quote: 'Rajiv Mehra', value: { type: 'person', role: 'Đại sứ Ấn Độ tại Việt Nam' } }
      ]
    },
    {
      text: 'Bà Trần Thị Hoa, Viện trưởng Viện Nghiên cứu Phát triển, cho rằng hai bên cần hợp tác.',
      finds: [
        { quote: 'Trần Thị Hoa', value: { type: 'person', role: 'Viện trưởng Viện Nghiên cứu Phát triển' } },
        { quote: 'Viện Nghiên cứu Phát triển', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Việt Nam thăm Nhật Bản.',
      finds: [{ quote: 'Bộ Nông nghiệp và Phát triển Nông thôn Việt Nam' }, { quote: 'Nhật Bản' }]
    },
    {
      text: 'Chủ tịch Hội đồng tham mưu trưởng liên quân Ấn Độ thăm Việt Nam năm 2009.',
      finds: [{ quote: 'Hội đồng tham mưu trưởng liên quân Ấn Độ' }, { quote: 'Việt Nam' }]
    },
    {
      text: 'Hai bên ký Biên bản ghi nhớ về việc công nhận Việt Nam Dân chủ Cộng hòa.',
      finds: [
        { quote: 'Biên bản ghi nhớ', value: { type: 'agreement' } },
        { quote: 'Việt Nam Dân chủ Cộng hòa', value: { type: 'place' } }
      ]
    },
    {
      text: 'Bộ trưởng Bộ Tài chính Hồ Đức Minh làm việc tại Hà Nội.',
      finds: [
        { quote: 'Bộ Tài chính', value: { type: 'organization' } },
        { quote: 'Hồ Đức Minh', value: { type: 'person', role: 'Bộ trưởng Bộ Tài chính' } },
        { quote: 'Hà Nội' }
      ]
    },
    { text: 'Ông Lê Văn Đức cho biết Đức và Nga đã đồng ý.', finds: [{ quote: 'Lê Văn Đức' }, { quote: 'Đức' }, { quote: 'Nga' }] },
    { text: 'Ta lập văn phòng tại Gwadar và ở Pakistan.', finds: [{ quote: 'Gwadar' }, { quote: 'Pakistan' }] },
    { text: 'Tổ chức Thương mại Thế giới (WTO) họp.', finds: [{ quote: 'Tổ chức Thương mại Thế giới' }] },
    {
      text: 'Thủ tướng Chính phủ Phạm Minh Chính tiếp Đại sứ Thái Lan Nikorndej Balankura.',
      finds: [
        { quote: 'Phạm Minh Chính', value: { type: 'person', role: 'Thủ tướng Chính phủ' } },
        { quote: 'Thái Lan' },
        { quote: 'Nikorndej Balankura', value: { type: 'person', role: 'Đại sứ Thái Lan' } }
      ]
    },
    {
      text: 'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân dự Quốc hội khóa XV.',
      finds: [
        { quote: 'Quốc hội', value: { type: 'organization' } },
        { quote: 'Nguyễn Thị Kim Ngân', value: { type: 'person' } },
        { quote: 'Quốc hội khóa XV', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Bộ Công Thương cho biết tập đoàn SCG và EVN cho hay.',
      finds: [{ quote: 'Bộ Công Thương' }, { quote: 'SCG', value: { type: 'organization' } }, { quote: 'EVN' }]
    },
    {
      text: 'Ngày 24-12, TAND TP Hà Nội xét xử vụ án tại TAND Cấp cao tại Đà Nẵng; Viện trưởng VKSND tối cao Lê Minh Trí.',
      finds: [
        { quote: 'TAND TP Hà Nội', value: { type: 'organization' } },
        { quote: 'TAND Cấp cao tại Đà Nẵng', value: { type: 'organization' } },
        { quote: 'VKSND tối cao', value: { type: 'organization' } },
        { quote: 'Lê Minh Trí', value: { type: 'person' } }
      ]
    },
    {
      text: 'Ông có mặt tại TP. Hồ Chí Minh rồi ra tỉnh Bình Dương và huyện Văn Bàn.',
      finds: [{ quote: 'Hồ Chí Minh', value: { type: 'place' } }, { quote: 'Bình Dương' }, { quote: 'Văn Bàn', value: { type: 'place' } }]
    },
    {
      text: 'Ảnh: VGP/Nhật Bắc',
      finds: [
        { quote: 'VGP', value: { type: 'organization' } },
        { quote: 'Nhật Bắc', value: { type: 'person' } }
      ]
    },
    { text: 'BÍCH QUYÊN', finds: [{ quote: 'BÍCH QUYÊN', value: { type: 'person' } }] },
    // A byline whose given name is also a country's ("Đức", "Anh"); a known place alone is no byline.
    { text: 'ĐỨC ANH', finds: [{ quote: 'ĐỨC ANH', value: { type: 'person' } }] },
    { text: 'HÀ NỘI', finds: [{ quote: 'HÀ NỘI', value: { type: 'place' } }] },
    { text: 'TPO - Bộ Ngoại giao thông báo', finds: [{ quote: 'TPO' }, { quote: 'Bộ Ngoại giao' }] },
    {
      text: 'Vương quốc Campuchia và Cộng hoà xã hội chủ nghĩa Việt Nam',
      finds: [{ quote: 'Vương quốc Campuchia', value: { canonical: 'Cambodia' } }, { quote: 'Cộng hoà xã hội chủ nghĩa Việt Nam' }]
    },
    {
      text: 'Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), Đảng Dân chủ tự do thắng.',
      finds: [{ quote: 'Cục Đầu tư nước ngoài' }, { quote: 'Bộ Kế hoạch và Đầu tư' }, { quote: 'Đảng Dân chủ tự do' }]
    },
    // A family name and given names with no title.
    { text: 'Theo Trần Thị Bình, giá sẽ giảm.', finds: [{ quote: 'Trần Thị Bình', value: { type: 'person' } }] },
    // Hospitals, universities and schools as the news shortens them; a body known by its number; a verb ends a name.
    {
      text: 'BV Chợ Rẫy, Bệnh viện Nhân dân 115 và Bệnh viện Nhi Trung ương phải tiếp nhận học sinh ĐH Bách khoa Hà Nội và trường THPT Lê Quý Đôn.',
      finds: [
        { quote: 'BV Chợ Rẫy', value: { type: 'organization' } },
        { quote: 'Bệnh viện Nhân dân 115', value: { type: 'organization' } },
        { quote: 'Bệnh viện Nhi Trung ương', value: { type: 'organization' } },
        { quote: 'ĐH Bách khoa Hà Nội', value: { type: 'organization' } },
        { quote: 'THPT Lê Quý Đôn', value: { type: 'organization' } }
      ]
    },
    // Commands and units of the armed forces, with the force they command; an investigating body with its force.
    {
      text: 'Quân khu 4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị và Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa phát hiện sai phạm tại Văn phòng Đăng ký đất đai.',
      finds: [
        { quote: 'Quân khu 4', value: { type: 'organization' } },
        { quote: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị', value: { type: 'organization' } },
        { quote: 'Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa', value: { type: 'organization' } },
        { quote: 'Văn phòng Đăng ký đất đai', value: { type: 'organization' } }
      ]
    },
    // A company's own name may be a person's or hold a form of address; its legal form holds its group's head; a
    // university's hospital; after two words of a name, a second lower-case word is the sentence's.
    {
      text: 'Công ty TNHH Xây dựng Hoàng Long, Công ty TNHH Thương mại Minh Anh, Công ty cổ phần Tập đoàn Hòa Phát và Bệnh viện Đại học Y Dược TP.HCM ký kết; ĐH Kinh tế Quốc dân đặt ngưỡng 19 điểm.',
      finds: [
        { quote: 'Công ty TNHH Xây dựng Hoàng Long', value: { type: 'organization' } },
        { quote: 'Công ty TNHH Thương mại Minh Anh', value: { type: 'organization' } },
        { quote: 'Công ty cổ phần Tập đoàn Hòa Phát', value: { type: 'organization' } },
        { quote: 'Bệnh viện Đại học Y Dược TP.HCM', value: { type: 'organization' } },
        { quote: 'ĐH Kinh tế Quốc dân', value: { type: 'organization' } }
      ]
    },
    // Offices under a department or a district; a board over all the parks of a province.
    {
      text: 'Chi cục Thủy sản tỉnh Cà Mau, Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai và Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cho biết.',
      finds: [
        { quote: 'Chi cục Thủy sản tỉnh Cà Mau', value: { type: 'organization' } },
        { quote: 'Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai', value: { type: 'organization' } },
        { quote: 'Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh', value: { type: 'organization' } }
      ]
    },
    // A hospital after its lower-case noun; a specialised school; a coach before a result is no club.
    {
      text: 'Bệnh nhân được đưa về bệnh viện Bạch Mai; học sinh trường THPT chuyên Lê Hồng Phong xem HLV Kiatisak thắng Hải Phòng 2-1.',
      finds: [
        { quote: 'Bạch Mai', value: { type: 'organization' } },
        { quote: 'THPT chuyên Lê Hồng Phong', value: { type: 'organization' } },
        { quote: 'Kiatisak', value: { type: 'person' } },
        { quote: 'Hải Phòng', value: { type: 'organization' } }
      ]
    },
    // A word that joins clauses, a verb of holding or ruling, or a compound before an amount ends a name.
    {
      text: 'Cục Kiểm định tuy nhiên cảnh báo, Trung tâm Lưu ký nắm giữ cổ phần và Quỹ Bảo lãnh đầu tư 5 tỷ đồng.',
      finds: [
        { quote: 'Cục Kiểm định', value: { type: 'organization' } },
        { quote: 'Trung tâm Lưu ký', value: { type: 'organization' } },
        { quote: 'Quỹ Bảo lãnh', value: { type: 'organization' } }
      ]
    },
    // A verb ends a name unless a capital of the same name follows; a compound that is a verb ends it at the clause's end.
    {
      text: 'Tổng công ty Thăm dò khai thác Dầu khí và Cục Kiểm định xem xét, còn Trung tâm Đổi mới sáng tạo sản xuất.',
      finds: [
        { quote: 'Tổng công ty Thăm dò khai thác Dầu khí', value: { type: 'organization' } },
        { quote: 'Cục Kiểm định', value: { type: 'organization' } },
        { quote: 'Trung tâm Đổi mới sáng tạo', value: { type: 'organization' } }
      ]
    },
    // Titles of artists and doctors, forms of address of pupils and teachers.
    {
      text: 'NSND Lan Hương, BS.CKII Lục Văn Thành, em Âu Minh Khang và thầy Tiêu Văn Lâm dự lễ.',
      finds: [
        { quote: 'Lan Hương', value: { type: 'person', role: 'NSND' } },
        { quote: 'Lục Văn Thành', value: { type: 'person', role: 'BS.CKII' } },
        { quote: 'Âu Minh Khang', value: { type: 'person' } },
        { quote: 'Tiêu Văn Lâm', value: { type: 'person' } }
      ]
    },
    // Less common family names open names too; a school named after a person keeps the name.
    {
      text: 'Theo Thân Đức Minh và Lục Văn Thành, Trường THPT Chu Văn An dẫn đầu.',
      finds: [
        { quote: 'Thân Đức Minh', value: { type: 'person' } },
        { quote: 'Lục Văn Thành', value: { type: 'person' } },
        { quote: 'Trường THPT Chu Văn An', value: { type: 'organization' } }
      ]
    },
    // Legal forms of companies belong to the head; a lower-case noun of a body stays out.
    {
      text: 'Công ty cổ phần Thép Nam Kim và tập đoàn Geleximco đều báo lãi.',
      finds: [
        { quote: 'Công ty cổ phần Thép Nam Kim', value: { type: 'organization' } },
        { quote: 'Geleximco', value: { type: 'organization' } }
      ]
    },
    // Compounds whose syllables alone end a name; lower-case words up to "quốc gia".
    {
      text: 'Cục Hàng không Việt Nam và Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo bão.',
      finds: [{ quote: 'Cục Hàng không Việt Nam' }, { quote: 'Trung tâm Dự báo khí tượng thủy văn quốc gia' }]
    },
    { text: 'Ủy ban Bầu cử quốc gia công bố kết quả.', finds: [{ quote: 'Ủy ban Bầu cử quốc gia', value: { type: 'organization' } }] },
    // A body of a province keeps the province in its name.
    {
      text: 'Sở Y tế tỉnh Long An ghi nhận thêm ca bệnh.',
      finds: [{ quote: 'Sở Y tế tỉnh Long An', value: { type: 'organization' } }]
    },
    {
      text: 'Cơ quan Cảnh sát điều tra đã khởi tố vụ án.',
      finds: [{ quote: 'Cơ quan Cảnh sát điều tra', value: { type: 'organization' } }]
    },
    // National teams by age group; sport positions and coaches as titles; Korean given names with a hyphen.
    {
      text: 'U23 Việt Nam thắng U23 Thái Lan, tiền đạo Tiến Linh ghi bàn và HLV Park Hang-seo hài lòng.',
      finds: [
        { quote: 'U23 Việt Nam', value: { type: 'organization' } },
        { quote: 'U23 Thái Lan', value: { type: 'organization' } },
        { quote: 'Tiến Linh', value: { type: 'person', role: 'tiền đạo' } },
        { quote: 'Park Hang-seo', value: { type: 'person', role: 'HLV' } }
      ]
    },
    // A club named after a body; a hospital and a district health centre with their place.
    {
      text: 'CLB Công an Hà Nội thăm Bệnh viện Đa khoa tỉnh Hà Giang và Trung tâm Y tế huyện Mèo Vạc.',
      finds: [
        { quote: 'CLB Công an Hà Nội', value: { type: 'organization' } },
        { quote: 'Bệnh viện Đa khoa tỉnh Hà Giang', value: { type: 'organization' } },
        { quote: 'Trung tâm Y tế huyện Mèo Vạc', value: { type: 'organization' } }
      ]
    },
    // A country right after a title is a place, even one that is also a given name; "Quốc" closing "Trung Quốc" opens no "Quốc vương".
    {
      text: 'Ngoại trưởng Mỹ Marco Rubio gặp người đồng cấp Trung Quốc Vương Nghị, còn Tổng thống Nga Vladimir Putin gặp Tổng thống Hàn Quốc Lee Jae-myung.',
      finds: [
        { quote: 'Mỹ', value: { type: 'place' } },
        { quote: 'Marco Rubio', value: { type: 'person', role: 'Ngoại trưởng Mỹ' } },
        { quote: 'Trung Quốc', value: { type: 'place' } },
        { quote: 'Vương Nghị', value: { type: 'person' } },
        { quote: 'Nga', value: { type: 'place' } },
        { quote: 'Vladimir Putin', value: { type: 'person' } },
        { quote: 'Hàn Quốc', value: { type: 'place' } },
        { quote: 'Lee Jae-myung', value: { type: 'person' } }
      ]
    },
    // An acronym after "và" is another body, not the end of the name before it.
    {
      text: 'Tập đoàn Điện lực Việt Nam và PVN cùng ký thỏa thuận.',
      finds: [
        { quote: 'Tập đoàn Điện lực Việt Nam', value: { type: 'organization' } },
        { quote: 'PVN', value: { type: 'organization' } }
      ]
    },
    // A company named by its brand alone; a news verb ends a body's name.
    {
      text: 'Vinamilk và Vietcombank tăng giá, còn Tập đoàn Đèo Cả đề xuất dự án mới.',
      finds: [
        { quote: 'Vinamilk', value: { type: 'organization', canonical: 'Vinamilk' } },
        { quote: 'Vietcombank', value: { type: 'organization' } },
        { quote: 'Tập đoàn Đèo Cả', value: { type: 'organization' } }
      ]
    },
    // A head's word that opens no name is a given name; names of the Central Highlands glue syllables with an apostrophe.
    {
      text: "Tiền vệ Nguyễn Văn Trường chuyền cho Đặng Minh Hội, còn bà H'Yim Kđoh về huyện Cư M'gar.",
      finds: [
        { quote: 'Nguyễn Văn Trường', value: { type: 'person', role: 'Tiền vệ' } },
        { quote: 'Đặng Minh Hội', value: { type: 'person' } },
        { quote: "H'Yim Kđoh", value: { type: 'person' } },
        { quote: "Cư M'gar", value: { type: 'place' } }
      ]
    },
    // Honorifics of the region stay out of the name; a goalkeeper's title.
    {
      text: 'Thủ tướng Malaysia Datuk Seri Anwar Ibrahim tiếp Tan Sri Muhyiddin Yassin, còn thủ thành Ernando Ari mắc lỗi.',
      finds: [
        { quote: 'Malaysia', value: { type: 'place' } },
        { quote: 'Anwar Ibrahim', value: { type: 'person' } },
        { quote: 'Muhyiddin Yassin', value: { type: 'person' } },
        { quote: 'Ernando Ari', value: { type: 'person', role: 'thủ thành' } }
      ]
    },
    // Party committees and delegations named by their province or city, and the offices of them; the place inside is no place of its own.
    {
      text: 'Chánh Văn phòng Tỉnh ủy Vĩnh Phúc Trần Hữu Thắng gặp Đoàn Luật sư TP Hà Nội và Đoàn ĐBQH tỉnh Bắc Giang.',
      finds: [
        { quote: 'Văn phòng Tỉnh ủy Vĩnh Phúc', value: { type: 'organization' } },
        { quote: 'Trần Hữu Thắng', value: { type: 'person' } },
        { quote: 'Đoàn Luật sư TP Hà Nội', value: { type: 'organization' } },
        { quote: 'Đoàn ĐBQH tỉnh Bắc Giang', value: { type: 'organization' } }
      ]
    },
    // A portfolio or a proper name closes a body's name: the verb after it, and a body after "và", are not part of it.
    {
      text: 'Bộ Quốc phòng huy động trực thăng; Công ty TNHH Đầu tư Phúc Sơn phải nộp lại tiền; Tập đoàn Lộc Trời và Vinafood ký hợp đồng.',
      finds: [
        { quote: 'Bộ Quốc phòng', value: { type: 'organization' } },
        { quote: 'Công ty TNHH Đầu tư Phúc Sơn', value: { type: 'organization' } },
        { quote: 'Tập đoàn Lộc Trời', value: { type: 'organization' } },
        { quote: 'Vinafood', value: { type: 'organization' } }
      ]
    },
    // After a title, a country closes the body and the name after it is the person; lower-case words inside a body's name.
    {
      text: 'Thống đốc Ngân hàng Trung ương Bangladesh Ahsan Mansur và Cục Bảo vệ thực vật lên tiếng.',
      finds: [
        { quote: 'Ngân hàng Trung ương Bangladesh', value: { type: 'organization' } },
        { quote: 'Ahsan Mansur', value: { type: 'person' } },
        { quote: 'Cục Bảo vệ thực vật', value: { type: 'organization' } }
      ]
    },
    // A known place opening with a head's word is the place; a river with its word, but not inside a known name.
    {
      text: 'Khách Đài Loan đến Hội An khi nước sông Hương dâng và Đồng bằng sông Cửu Long khô hạn.',
      finds: [
        { quote: 'Đài Loan', value: { type: 'place' } },
        { quote: 'Hội An', value: { type: 'place' } },
        { quote: 'sông Hương', value: { type: 'place' } },
        { quote: 'Đồng bằng sông Cửu Long', value: { type: 'place' } }
      ]
    },
    // A title before an acronym and a name: the acronym is a body; initials and a suffix's dot stay in a name.
    {
      text: 'Chủ tịch FICCI Harsha Vardhan Agarwal gặp ông Ahsan H. Mansur và Tổng thống Ferdinand Marcos Jr. tại Manila.',
      finds: [
        { quote: 'FICCI', value: { type: 'organization' } },
        { quote: 'Harsha Vardhan Agarwal', value: { type: 'person', role: 'Chủ tịch FICCI' } },
        { quote: 'Ahsan H. Mansur', value: { type: 'person' } },
        { quote: 'Ferdinand Marcos Jr.', value: { type: 'person' } },
        { quote: 'Manila', value: { type: 'place' } }
      ]
    },
    // An investigating body names its ministry; a bank named after the army; a short name in brackets.
    {
      text: 'Cơ quan Cảnh sát điều tra Bộ Công an làm việc với Ngân hàng TMCP Quân đội và Hiệp hội Rau quả Việt Nam (Vinafruit).',
      finds: [
        { quote: 'Cơ quan Cảnh sát điều tra Bộ Công an', value: { type: 'organization' } },
        { quote: 'Ngân hàng TMCP Quân đội', value: { type: 'organization' } },
        { quote: 'Hiệp hội Rau quả Việt Nam', value: { type: 'organization' } },
        { quote: 'Vinafruit', value: { type: 'organization' } }
      ]
    },
    // "phòng, chống" (prevention and control) is one phrase inside a body's name, comma and all.
    {
      text: 'Theo Cục Quản lý đê điều và Phòng, chống thiên tai (Bộ Nông nghiệp và Môi trường), Trung tâm Phòng, chống bệnh tật tỉnh Nghệ An đã họp.',
      finds: [
        { quote: 'Cục Quản lý đê điều và Phòng, chống thiên tai', value: { type: 'organization' } },
        { quote: 'Bộ Nông nghiệp và Môi trường', value: { type: 'organization' } },
        { quote: 'Trung tâm Phòng, chống bệnh tật tỉnh Nghệ An', value: { type: 'organization' } }
      ]
    },
    // A body between a title and a name; one word after a title in a person's apposition is the body.
    {
      text: 'Tổng giám đốc Techcombank Jens Lottner gặp ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit, tại Hà Nội.',
      finds: [
        { quote: 'Techcombank', value: { type: 'organization' } },
        { quote: 'Jens Lottner', value: { type: 'person' } },
        { quote: 'Đặng Phúc Nguyên', value: { type: 'person' } },
        { quote: 'Vinafruit', value: { type: 'organization' } },
        { quote: 'Hà Nội', value: { type: 'place' } }
      ]
    },
    // A known company and its country between a title and a name are one body.
    {
      text: 'Tổng Giám đốc Samsung Việt Nam Choi Joo-ho cho biết nhà máy ở Bắc Ninh sẽ tăng công suất.',
      finds: [
        { quote: 'Samsung Việt Nam', value: { type: 'organization' } },
        { quote: 'Choi Joo-ho', value: { type: 'person' } },
        { quote: 'Bắc Ninh', value: { type: 'place' } }
      ]
    },
    // The body a title belongs to, after "của", stands between the title and the name.
    {
      text: 'Nhà kinh tế trưởng của ADB Albert Park nhận định các nền kinh tế sẽ chịu sức ép.',
      finds: [
        { quote: 'ADB', value: { type: 'organization' } },
        { quote: 'Albert Park', value: { type: 'person' } }
      ]
    },
    // A channel is named after the body that runs it; a paper's name ends at the comma.
    {
      text: 'Theo Truyền hình Thông tấn xã và Báo Tuổi Trẻ, Bộ Y tế đã họp.',
      finds: [
        { quote: 'Truyền hình Thông tấn xã', value: { type: 'organization' } },
        { quote: 'Báo Tuổi Trẻ', value: { type: 'organization' } },
        { quote: 'Bộ Y tế', value: { type: 'organization' } }
      ]
    },
    // A visitor or an expert named after the word for what they are; a country after it is no name.
    {
      text: 'Du khách Priya Sharma và chuyên gia Jonathan Pincus nói du khách Hàn Quốc đông hơn.',
      finds: [
        { quote: 'Priya Sharma', value: { type: 'person' } },
        { quote: 'Jonathan Pincus', value: { type: 'person' } },
        { quote: 'Hàn Quốc', value: { type: 'place' } }
      ]
    },
    // A role given after the person's name: a family name after the head is the body's own.
    {
      text: 'Viện Kiểm sát đề nghị truy tố ông Đỗ Anh Dũng, chủ tịch Tập đoàn Tân Hoàng Minh; Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng vắng mặt.',
      finds: [
        { quote: 'Đỗ Anh Dũng', value: { type: 'person' } },
        { quote: 'Tập đoàn Tân Hoàng Minh', value: { type: 'organization' } },
        { quote: 'Tập đoàn Vingroup', value: { type: 'organization' } },
        { quote: 'Phạm Nhật Vượng', value: { type: 'person' } }
      ]
    },
    // Companies named in English with the word of their trade, even after a title.
    {
      text: 'Chủ tịch Sun Group cho biết Korean Air, Air India và Reliance Industries tăng chuyến.',
      finds: [
        { quote: 'Sun Group', value: { type: 'organization' } },
        { quote: 'Korean Air', value: { type: 'organization' } },
        { quote: 'Air India', value: { type: 'organization' } },
        { quote: 'Reliance Industries', value: { type: 'organization' } }
      ]
    },
    // An age group with a continent is a tournament, not a team.
    { text: 'vòng chung kết U23 châu Á', finds: [{ quote: 'châu Á', value: { type: 'place' } }] },
    // After one capital and no title, a family name goes on in a body's name; the state closes a bank's; a club by "FC".
    {
      text: 'Tập đoàn Tân Hoàng Minh vay Ngân hàng Nhà nước giữ nguyên lãi suất, còn Hà Nội FC thắng.',
      finds: [
        { quote: 'Tập đoàn Tân Hoàng Minh', value: { type: 'organization' } },
        { quote: 'Ngân hàng Nhà nước', value: { type: 'organization' } },
        { quote: 'Hà Nội FC', value: { type: 'organization' } }
      ]
    },
    // A project board numbered; a board's long name up to its province.
    {
      text: 'Ban Quản lý dự án 85 và Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Đồng Nai khởi công.',
      finds: [
        { quote: 'Ban Quản lý dự án 85', value: { type: 'organization' } },
        { quote: 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Đồng Nai', value: { type: 'organization' } }
      ]
    },
    // The other names of a list after a plural administrative word.
    {
      text: 'Mưa lớn ở các phường Phú Xuân, Thuận Hóa và huyện Phú Vang.',
      finds: [
        { quote: 'Phú Xuân', value: { type: 'place' } },
        { quote: 'Thuận Hóa', value: { type: 'place' } },
        { quote: 'Phú Vang', value: { type: 'place' } }
      ]
    },
    // A name in English keeps its small words; a body the gazetteer knows ends where its name does, past a head's reading.
    {
      text: 'Cổ đông lớn thứ hai là tập đoàn Fraser and Neave, sau Tổng công ty Đầu tư và kinh doanh vốn nhà nước.',
      finds: [
        { quote: 'Fraser and Neave', value: { type: 'organization' } },
        { quote: 'Tổng công ty Đầu tư và kinh doanh vốn nhà nước', value: { type: 'organization' } }
      ]
    },
    // A known name that opens with a thing's word ("chương trình") is that name.
    {
      text: 'Chương trình Lương thực Thế giới hỗ trợ 6 tỉnh.',
      finds: [{ quote: 'Chương trình Lương thực Thế giới', value: { type: 'organization' } }]
    },
    // Names no rule reads, in a list with a body, are bodies; a clause after a comma is no item.
    {
      text: 'Các hãng như Nestlé, Abbott và Kido cạnh tranh, theo hãng tin PTI, Thủ hiến bang Tamil Nadu nói.',
      finds: [
        { quote: 'Nestlé', value: { type: 'organization' } },
        { quote: 'Abbott', value: { type: 'organization' } },
        { quote: 'Kido', value: { type: 'organization' } },
        { quote: 'PTI', value: { type: 'organization' } },
        { quote: 'Tamil Nadu', value: { type: 'place' } }
      ]
    },
    // A provincial centre of disease control is named with its province.
    {
      text: 'Nguyễn Nhật Cảm, cựu Giám đốc CDC Hà Nội, nhận 10 năm tù.',
      finds: [
        { quote: 'Nguyễn Nhật Cảm', value: { type: 'person' } },
        { quote: 'CDC Hà Nội', value: { type: 'organization' } }
      ]
    },
    // Sides of a match's result are clubs, though named after their provinces; a date is no score.
    {
      text: 'Thanh Hóa thắng Quảng Nam 3-1, còn Hải Phòng hòa 1-1 với SHB Đà Nẵng.',
      finds: [
        { quote: 'Thanh Hóa', value: { type: 'organization' } },
        { quote: 'Quảng Nam', value: { type: 'organization' } },
        { quote: 'Hải Phòng', value: { type: 'organization' } },
        { quote: 'SHB Đà Nẵng', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Ngày 5-1, Thanh Hóa ký kết hợp tác với Quảng Nam.',
      finds: [
        { quote: 'Thanh Hóa', value: { type: 'place' } },
        { quote: 'Quảng Nam', value: { type: 'place' } }
      ]
    },
    // A body of a province or district may end with the level alone; "tỉnh nhà" and "xã hội" are no level.
    {
      text: 'Phòng Tài nguyên và Môi trường huyện bị khởi tố, Sở Y tế tỉnh nhà cho biết, Ngân hàng Chính sách xã hội hỗ trợ Ban Quản lý các khu công nghiệp tỉnh.',
      finds: [
        { quote: 'Phòng Tài nguyên và Môi trường huyện', value: { type: 'organization' } },
        { quote: 'Sở Y tế', value: { type: 'organization' } },
        { quote: 'Ngân hàng Chính sách xã hội', value: { type: 'organization' } },
        { quote: 'Ban Quản lý các khu công nghiệp tỉnh', value: { type: 'organization' } }
      ]
    },
    // A person named after the level is no place, and no part of the body.
    {
      text: 'Trưởng phòng Phòng Kinh tế huyện Lò Văn Pâng kiểm tra thực tế.',
      finds: [
        { quote: 'Phòng Kinh tế huyện', value: { type: 'organization' } },
        { quote: 'Lò Văn Pâng', value: { type: 'person' } }
      ]
    },
    // An association is named by its members' calling; a co-operative's head holds "xã", no place cue; a parliament
    // is named by a place in lower case; the security police name their ministry.
    {
      text: 'Hội Nhà văn Việt Nam, nhà văn Nguyễn Nhật Ánh, Hợp tác xã Dịch vụ nông nghiệp Thắng Lợi, Nghị viện châu Âu và Cơ quan An ninh điều tra Bộ Công an.',
      finds: [
        { quote: 'Hội Nhà văn Việt Nam', value: { type: 'organization' } },
        { quote: 'Nguyễn Nhật Ánh', value: { type: 'person' } },
        { quote: 'Hợp tác xã Dịch vụ nông nghiệp Thắng Lợi', value: { type: 'organization' } },
        { quote: 'Nghị viện châu Âu', value: { type: 'organization' } },
        { quote: 'Cơ quan An ninh điều tra Bộ Công an', value: { type: 'organization' } }
      ]
    },
    {
      text: 'Em Nguyễn Khánh Linh, học sinh Trường THPT chuyên Lê Hồng Phong, giành huy chương vàng.',
      finds: [
        { quote: 'Nguyễn Khánh Linh', value: { type: 'person' } },
        { quote: 'Trường THPT chuyên Lê Hồng Phong', value: { type: 'organization' } }
      ]
    },
    // After an artist's calling a one-syllable country opens a stage name; after a state's title it is the country.
    {
      text: 'Ca sĩ Mỹ Tâm hát tại Đà Lạt, còn Ngoại trưởng Mỹ Marco Rubio ở Hà Nội.',
      finds: [
        { quote: 'Mỹ Tâm', value: { type: 'person' } },
        { quote: 'Đà Lạt', value: { type: 'place' } },
        { quote: 'Mỹ', value: { type: 'place' } },
        { quote: 'Marco Rubio', value: { type: 'person' } },
        { quote: 'Hà Nội', value: { type: 'place' } }
      ]
    },
    // Kin and age name a person; villages are places; "nông thôn" is the countryside, no village; a province that
    // opens with a form of address is the province.
    {
      text: 'Bé Trần Gia Bảo và cụ Nguyễn Thị Xuân ở thôn Khe Sanh, làng nghề Đồng Kỵ; nông thôn Việt Nam; tỉnh Bà Rịa-Vũng Tàu.',
      finds: [
        { quote: 'Trần Gia Bảo', value: { type: 'person' } },
        { quote: 'Nguyễn Thị Xuân', value: { type: 'person' } },
        { quote: 'Khe Sanh', value: { type: 'place' } },
        { quote: 'Đồng Kỵ', value: { type: 'place' } },
        { quote: 'Việt Nam', value: { type: 'place' } },
        { quote: 'Bà Rịa-Vũng Tàu', value: { type: 'place' } }
      ]
    },
    // An office is named by whom it serves; a person after a jurisdiction is no part of it; "các tỉnh" is no level.
    {
      text: 'Văn phòng Chủ tịch nước và Bí thư Thành ủy TP.HCM Nguyễn Văn Nên gặp Tổng Liên đoàn Lao động Việt Nam; Bộ Giáo dục và Đào tạo yêu cầu Sở GD&ĐT các tỉnh rà soát.',
      finds: [
        { quote: 'Văn phòng Chủ tịch nước', value: { type: 'organization' } },
        { quote: 'Thành ủy TP.HCM', value: { type: 'organization' } },
        { quote: 'Nguyễn Văn Nên', value: { type: 'person' } },
        { quote: 'Tổng Liên đoàn Lao động Việt Nam', value: { type: 'organization' } },
        { quote: 'Bộ Giáo dục và Đào tạo', value: { type: 'organization' } },
        { quote: 'Sở GD&ĐT', value: { type: 'organization' } }
      ]
    },
    // A city closes a company's name: the words after it are the sentence's.
    {
      text: 'Công ty TNHH Một thành viên Thoát nước Hà Nội vận hành trạm bơm Yên Sở.',
      finds: [{ quote: 'Công ty TNHH Một thành viên Thoát nước Hà Nội', value: { type: 'organization' } }]
    },
    // A unit's name after its head's title is no person; a body opening at a title's last word is the body; a
    // theatre is a company; a meeting of shareholders is no body; a sea's area is a place.
    {
      text: 'Bác sĩ Nguyễn Văn Hùng, Trưởng khoa Thận nhân tạo, và ông Đỗ Mạnh Hùng, Trưởng Phòng Cảnh sát kinh tế, dự Đại hội đồng cổ đông tại Nhà hát Kịch Việt Nam, ở vùng biển Natuna.',
      finds: [
        { quote: 'Nguyễn Văn Hùng', value: { type: 'person' } },
        { quote: 'Đỗ Mạnh Hùng', value: { type: 'person' } },
        { quote: 'Phòng Cảnh sát kinh tế', value: { type: 'organization' } },
        { quote: 'Nhà hát Kịch Việt Nam', value: { type: 'organization' } },
        { quote: 'Natuna', value: { type: 'place' } }
      ]
    },
    // Every province is known: an unknown name after a council of the province is its chairman's.
    {
      text: 'Chủ tịch UBND tỉnh Lê Hồng Vinh làm việc tại tỉnh Bắc Ninh.',
      finds: [
        { quote: 'Lê Hồng Vinh', value: { type: 'person' } },
        { quote: 'Bắc Ninh', value: { type: 'place' } }
      ]
    },
    // A writer signs with given names alone.
    { text: 'Thành Chung', finds: [{ quote: 'Thành Chung', value: { type: 'person' } }] }
  ],
  negative: [
    // The people of a country, and palaces after "tại", are no places.
    'Khoảng 1.500 người Indonesia dự lễ đón tại Phủ Chủ tịch và buổi diễn tại Đại Nội.',
    // A level alone after a generic head names no body, at the end of a text too.
    'Công an tỉnh cho biết, UBND huyện đã họp.',
    'Chủ tịch UBND tỉnh',
    // A meeting held is no body.
    // The school-leaving exam and a count after a hospital's name are no school and no number of it.
    'Kỳ thi THPT Quốc gia kết thúc.',
    'khi tổ chức Hội nghị thượng đỉnh',
    // Roads are named after people and places.
    'Sạt lở chia cắt tuyến đường Hồ Chí Minh.',
    'Hiện nay, hai bên đang chuẩn bị cho cuộc tham khảo chính trị giữa hai Bộ Ngoại giao lần thứ nhất.',
    'Đại sứ quán thường trú đã mở lại.',
    'Quan hệ Chính trị',
    'Các lĩnh vực công nghệ thông tin (ICT) phát triển mạnh.',
    'Hội nghị thượng đỉnh diễn ra.',
    'người Việt Nam ở nước ngoài',
    'bão Yagi và cầu Rạch Miễu',
    // The phrase in running text names no body.
    'Công tác phòng, chống thiên tai được tăng cường.',
    // Buildings after "tại" are no places.
    'Lễ ký diễn ra tại Cung Văn hóa Hữu nghị và tại Khu công nghiệp mới.'
  ]
}

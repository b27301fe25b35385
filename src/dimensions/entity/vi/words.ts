/** Word lists of Vietnamese names: titles, organization and agreement heads, cues and stops. */

/** Titles and forms of address before a person's name. */
export const titles = [
  'Tổng Bí thư', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Phó Chủ tịch nước', 'Phó Chủ tịch Quốc hội', 'Chủ tịch', 'Phó Chủ tịch',
  'Thủ tướng', 'Phó Thủ tướng', 'Thủ tướng Chính phủ', 'Tổng thống', 'Phó Tổng thống', 'Bộ trưởng', 'Thứ trưởng', 'Quốc vụ khanh',
  'Đại sứ', 'Đại sứ đặc mệnh toàn quyền', 'Tổng Lãnh sự', 'Lãnh sự', 'Tham tán', 'Tham tán thương mại', 'Bí thư',
  'Viện trưởng', 'Phó Viện trưởng', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Tổng giám đốc', 'Chủ nhiệm', 'Phó Chủ nhiệm',
  'Trưởng ban', 'Phó Trưởng ban', 'Trưởng đoàn', 'Tổng Thư ký', 'Tổng thư ký', 'Thư ký', 'Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
  'Hiệu trưởng', 'Người phát ngôn', 'Chánh Văn phòng', 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá',
  'Quốc vương', 'Nhà vua', 'Hoàng tử', 'Công chúa', 'Nữ hoàng', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'GS', 'PGS', 'TS',
  'ThS', 'PGS.TS', 'GS.TS', 'Ngài', 'ông', 'bà', 'Ông', 'Bà', 'anh', 'chị', 'Chủ tịch Hội đồng quản trị'
] as const

/** Forms of address only: not a role. */
export const honorifics = ['Ngài', 'ông', 'bà', 'Ông', 'Bà', 'anh', 'chị', 'GS', 'PGS', 'TS', 'ThS', 'PGS.TS', 'GS.TS', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ'] as const

/** Portfolios after a minister's title ("Bộ trưởng Ngoại giao"). */
export const portfolios = [
  'Ngoại giao', 'Công thương', 'Công Thương', 'Tài chính', 'Quốc phòng', 'Công an', 'Nội vụ', 'Tư pháp', 'Y tế', 'Giáo dục và Đào tạo',
  'Kế hoạch và Đầu tư', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Phát triển Nông thôn', 'Nông nghiệp và Môi trường',
  'Thương mại', 'Công nghiệp', 'Giao thông vận tải', 'Xây dựng', 'Tài nguyên và Môi trường', 'Khoa học và Công nghệ',
  'Thông tin và Truyền thông', 'Văn hóa, Thể thao và Du lịch', 'Lao động - Thương binh và Xã hội', 'Kinh tế', 'Thương mại và Công nghiệp',
  'Dân tộc và Tôn giáo', 'Nội vụ và Lao động'
] as const

/** Heads that open an organization's name and need a capitalized word right after ("Bộ Công thương"). */
export const strictHeads = [
  'Bộ', 'Viện', 'Cục', 'Vụ', 'Ban', 'Sở', 'Báo', 'Đài', 'Hãng', 'Đại sứ quán', 'Tổng Lãnh sự quán', 'Lãnh sự quán', 'Tổ chức', 'Ngân hàng',
  'Học viện', 'Tổng cục', 'Quỹ', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Văn phòng', 'Trung tâm', 'Hội', 'Đảng', 'Liên đoàn', 'Hiệp hội',
  'Đại học', 'Trường Đại học', 'Trường', 'Viện Hàn lâm', 'Thông tấn xã', 'Tòa án', 'Viện Kiểm sát', 'Liên minh', 'Diễn đàn', 'Quân đội', 'Hạm đội', 'Chính phủ', 'Quốc hội', 'Thương vụ'
] as const

/** Heads whose names may go on in lower case ("Hội đồng nhân quyền", "Ủy ban nhân dân"). */
export const looseHeads = ['Hội đồng', 'Ủy ban', 'Uỷ ban', 'Tiểu ban', 'Phòng Thương mại', 'Ủy hội', 'Hội đồng Bảo an'] as const

/** Capitalized words that look like heads but name events or acts, not bodies. */
export const notHeads = ['Hội nghị', 'Hội thảo', 'Hội chợ', 'Hội đàm', 'Hội nhập', 'Báo cáo', 'Ban hành', 'Bộ phận', 'Trường hợp', 'Tổ chức lại', 'Vụ việc', 'Cục diện'] as const

/** Heads of agreements ("Hiệp định thương mại", "Biên bản ghi nhớ"). */
export const agreementHeads = [
  'Hiệp định', 'Hiệp ước', 'Công ước', 'Nghị định thư', 'Thỏa thuận', 'Thoả thuận', 'Biên bản ghi nhớ', 'Bản ghi nhớ', 'Khuôn khổ', 'Hiến chương'
] as const

/** Words before a name that make it a place ("tại Karachi", "thủ đô Islamabad"). */
export const placeCues = ['tại', 'ở', 'đến', 'sang', 'thủ đô', 'thành phố', 'tỉnh', 'quận', 'huyện', 'thị xã', 'bang', 'vùng', 'khu vực', 'miền'] as const

/** Quantifiers that make a following head generic ("hai Bộ Ngoại giao", "các Bộ"). */
export const quantifiers = ['hai', 'ba', 'các', 'những', 'mọi', 'nhiều', 'mấy', 'từng', 'mỗi'] as const

/** Words that end a name in lower case: verbs, prepositions, time words. */
export const stops = [
  'tại', 'ở', 'do', 'với', 'vào', 'từ', 'thăm', 'dự', 'là', 'đã', 'đang', 'sẽ', 'được', 'bị', 'cho', 'của', 'trong', 'ngoài', 'trên',
  'dưới', 'về', 'theo', 'nhiệm kỳ', 'lần', 'năm', 'tháng', 'ngày', 'kỳ', 'khóa', 'khoá', 'chủ trì', 'tổ chức', 'có', 'không', 'cũng',
  'thì', 'mà', 'như', 'khi', 'sau', 'trước', 'để', 'nhằm', 'cùng', 'giữa', 'hai', 'các', 'những', 'này', 'đó', 'kể', 'đến', 'sang',
  'ra', 'lên', 'phát biểu', 'cho biết', 'nhấn mạnh', 'ký', 'ký kết', 'công nhận', 'họp', 'thường trú', 'tiếp', 'gặp', 'làm', 'nói',
  'và', 'hoặc', 'hay', 'vừa', 'mới', 'luôn', 'nhất trí', 'thông qua', 'quyết định', 'đề nghị', 'khẳng định', 'cho rằng', 'tham dự',
  'ủng hộ', 'hợp tác', 'phối hợp', 'nhân dịp', 'gồm', 'bao gồm', 'thuộc', 'trực thuộc', 'phía', 'bên', 'lại', 'rồi', 'nay', 'hiện',
  'mở', 'lập', 'thành lập', 'thiết lập', 'khai trương', 'đóng cửa', 'rút', 'khởi động', 'hội kiến', 'hội đàm', 'tiếp xúc', 'cử', 'đưa',
  'đạt', 'tăng', 'giảm', 'xuất khẩu', 'nhập khẩu'
] as const

/** Common Vietnamese family names: a run of capitalized syllables opening with one is a person's name. */
export const surnames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đoàn',
  'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Tạ', 'Đinh', 'Lương', 'Chu', 'Tôn', 'Lưu', 'Kiều', 'Triệu', 'Quách', 'Thái', 'Nghiêm', 'Hà', 'Cao', 'Mai', 'Tô', 'Văn', 'Đàm', 'Lại', 'Khổng', 'Giang', 'Mạc', 'Hứa', 'Từ'
] as const


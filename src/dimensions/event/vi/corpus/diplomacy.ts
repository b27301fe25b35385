import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const diplomacy: CorpusPart = {
  examples: [
    examples({ type: 'relations_established' }, ['lập quan hệ ngoại giao', 'chính thức thiết lập quan hệ ngoại giao']),
    examples({ type: 'relations_upgraded' }, ['xác lập quan hệ Đối tác Toàn diện', 'thiết lập quan hệ Đối tác Chiến lược']),
    examples({ type: 'embassy_opened' }, [
      'lập Đại sứ quán',
      'khai trương Đại sứ quán',
      'mở sứ quán',
      'thành lập Tổng Lãnh sự quán',
      'mở lãnh sự quán'
    ]),
    examples({ type: 'embassy_opened', reopened: true }, ['mở lại Đại sứ quán', 'đã mở lại sứ quán']),
    examples({ type: 'embassy_closed' }, ['đóng cửa Đại sứ quán', 'rút sứ quán']),
    examples({ type: 'office_opened' }, ['mở Văn phòng thương mại', 'khai trương Văn phòng đại diện']),
    examples({ type: 'negotiations_launched' }, ['khởi động đàm phán', 'chính thức khởi động các cuộc đàm phán', 'bắt đầu vòng đàm phán']),
    examples({ type: 'meeting' }, ['tiếp xúc', 'cuộc hội đàm', 'những cuộc gặp gỡ', 'Kỳ họp thứ ba', 'phiên họp lần thứ 5']),
    examples({ type: 'visit' }, ['chuyến thăm chính thức', 'thăm cấp nhà nước']),
    examples({ type: 'target_set' }, ['hướng tới mục tiêu', 'đặt ra mục tiêu', 'mục tiêu tổng quát được đề ra']),
    examples({ type: 'statement' }, ['tuyên bố', 'họp báo', 'công bố tình trạng khẩn cấp'])
  ],
  inContext: [
    {
      text: 'Đoàn doanh nghiệp Hàn Quốc đã được Chủ tịch UBND tỉnh Lê Văn Tâm tiếp tại trụ sở.',
      finds: [{ quote: 'đã được Chủ tịch UBND tỉnh Lê Văn Tâm tiếp', value: { type: 'meeting' } }]
    },
    {
      text: 'Bộ trưởng Công Thương dự Hội nghị Bộ trưởng Kinh tế ASEAN và các hội nghị cấp cao liên quan tại Kuala Lumpur.',
      finds: [
        { quote: 'Hội nghị Bộ trưởng', value: { type: 'conference' } },
        { quote: 'các hội nghị cấp cao', value: { type: 'conference' } }
      ]
    },
    { text: 'Việt Nam và Brazil nâng cấp quan hệ.', finds: [{ quote: 'nâng cấp quan hệ', value: { type: 'relations_upgraded' } }] },
    {
      text: 'Năm 2023, hai nước đã nâng cấp lên Đối tác chiến lược toàn diện.',
      finds: [{ quote: 'nâng cấp', value: { type: 'relations_upgraded' } }]
    },
    { text: 'Hai Thủ tướng gặp gỡ báo chí sau hội đàm.', finds: [{ quote: 'gặp gỡ báo chí', value: { type: 'statement' } }] },
    { text: 'Bộ Y tế công bố hết dịch bạch hầu.', finds: [{ quote: 'công bố hết dịch', value: { type: 'statement' } }] },
    {
      text: 'Công ty điều chỉnh giảm kế hoạch lợi nhuận xuống 2.000 tỷ đồng.',
      finds: [{ quote: 'điều chỉnh giảm kế hoạch', value: { type: 'target_set' } }]
    },
    { text: 'Chủ tịch UBND tỉnh tiếp Thị trưởng thành phố Busan.', finds: [{ quote: 'tiếp', value: { type: 'meeting' } }] },
    {
      text: 'Hai nước đã tổ chức Đối thoại Chiến lược quốc phòng lần thứ 10 tại Hà Nội.',
      finds: [{ quote: 'Đối thoại', value: { type: 'meeting' } }]
    },
    { text: 'Tổng Bí thư công du châu Âu.', finds: [{ quote: 'công du', value: { type: 'visit' } }] },
    {
      text: 'Bộ trưởng Ngoại giao Lê Văn Hùng đã gặp người đồng cấp Trung Quốc.',
      finds: [{ quote: 'đã gặp', value: { type: 'meeting' } }]
    },
    {
      text: 'Tổng thống Pháp Emmanuel Macron đã đến Hà Nội trong chuyến thăm cấp Nhà nước.',
      finds: [{ quote: 'đã đến', value: { type: 'visit' } }]
    },
    {
      text: 'Ngân hàng Phát triển châu Á đã cam kết cho vay 1 tỷ USD.',
      finds: [{ quote: 'cam kết cho vay', value: { type: 'support_pledged' } }]
    },
    { text: 'Phiên họp Chính phủ thường kỳ tháng 3 đã diễn ra tại Hà Nội.', finds: [{ quote: 'Phiên họp', value: { type: 'meeting' } }] },
    { text: 'Nhà lãnh đạo Triều Tiên Kim Jong-un đã tới Hà Nội bằng tàu hỏa.', finds: [{ quote: 'đã tới', value: { type: 'visit' } }] },
    {
      text: 'Hai bên đã ký Bản ghi nhớ về hợp tác nông nghiệp và phát triển nông thôn, Hiệp định về vận tải biển và Kế hoạch hành động.',
      finds: [
        { quote: 'đã ký', value: { type: 'agreement_signed' } },
        { quote: 'Hiệp định', value: { type: 'agreement_signed' } },
        { quote: 'Kế hoạch hành động', value: { type: 'agreement_signed' } }
      ]
    },
    { text: 'Phó Chủ tịch nước đã tiếp các Đại sứ đến trình Quốc thư.', finds: [{ quote: 'đã tiếp', value: { type: 'meeting' } }] },
    {
      text: 'Đại sứ Nhật Bản đã chào xã giao Chủ tịch UBND tỉnh Quảng Ninh.',
      finds: [{ quote: 'đã chào xã giao', value: { type: 'meeting' } }]
    },
    {
      text: 'Bộ Ngoại giao Việt Nam đã trao công hàm phản đối cho Đại sứ quán Trung Quốc.',
      finds: [{ quote: 'trao công hàm', value: { type: 'statement' } }]
    },
    {
      text: 'Thủ tướng đã ra lời kêu gọi toàn dân ủng hộ đồng bào bị thiệt hại do bão.',
      finds: [{ quote: 'ra lời kêu gọi', value: { type: 'statement' } }]
    },
    { text: 'Hà Nội tổ chức Hội nghị xúc tiến đầu tư năm 2024.', finds: [{ quote: 'tổ chức Hội nghị', value: { type: 'conference' } }] },
    {
      text: 'Hai nước đã tiến hành phiên đàm phán đầu tiên về Hiệp định Đối tác Kinh tế Toàn diện.',
      finds: [{ quote: 'tiến hành phiên đàm phán đầu tiên', value: { type: 'negotiations_launched' } }]
    },
    {
      text: 'Ngành du lịch đặt chỉ tiêu đón 18 triệu lượt khách quốc tế trong năm nay.',
      finds: [{ quote: 'đặt chỉ tiêu', value: { type: 'target_set' } }]
    },
    {
      text: 'Tập đoàn đặt kế hoạch lợi nhuận 10.000 tỷ đồng cho năm 2024.',
      finds: [{ quote: 'đặt kế hoạch', value: { type: 'target_set' } }]
    },
    {
      text: 'Bộ Y tế đã phát đi công điện khẩn về phòng chống dịch.',
      finds: [{ quote: 'phát đi công điện', value: { type: 'statement' } }]
    },
    { text: 'Việt Nam đã gửi 100 tấn gạo hỗ trợ Cuba.', finds: [{ quote: 'đã gửi', value: { type: 'support_pledged' } }] },
    {
      text: 'Đại sứ quán Australia tại Hà Nội được khai trương năm 1973.',
      finds: [{ quote: 'được khai trương', value: { type: 'embassy_opened' } }]
    },
    {
      text: 'Khai trương Đại sứ quán Việt Nam tại Ethiopia',
      finds: [{ quote: 'Khai trương Đại sứ quán', value: { type: 'embassy_opened' } }]
    },
    {
      text: 'Thủ tướng đã có các cuộc gặp song phương với Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Canada Justin Trudeau.',
      finds: [{ quote: 'các cuộc gặp song phương với', value: { type: 'meeting' } }]
    },
    {
      text: 'Ngày 11/7/1995, Tổng thống Bill Clinton tuyên bố bình thường hóa quan hệ ngoại giao với Việt Nam.',
      finds: [{ quote: 'bình thường hóa quan hệ', value: { type: 'relations_established' } }]
    },
    { text: 'Hai bên đã ký kết thành công 5 thỏa thuận hợp tác.', finds: [{ quote: 'đã ký kết', value: { type: 'agreement_signed' } }] },
    {
      text: 'Hai bên thiết lập khuôn khổ quan hệ Đối tác toàn diện.',
      finds: [{ quote: 'thiết lập khuôn khổ quan hệ Đối tác toàn diện', value: { type: 'relations_upgraded' } }]
    },
    {
      text: 'Hoa Kỳ đã tài trợ hơn 100 triệu USD cho các dự án rà phá bom mìn.',
      finds: [{ quote: 'tài trợ', value: { type: 'support_pledged', cameo: '070' } }]
    },
    { text: 'Tổng thống Obama đã tới Hà Nội ngày 23/5/2016.', finds: [{ quote: 'đã tới', value: { type: 'visit' } }] },
    {
      text: 'Thủ tướng Lý Hiển Long đã đến Thành phố Hồ Chí Minh, bắt đầu chuyến thăm chính thức.',
      finds: [{ quote: 'bắt đầu chuyến thăm chính thức', value: { type: 'visit' } }]
    },
    {
      text: 'Ủy ban Bầu cử tuyên bố ông Dissanayake giành chiến thắng trong cuộc bầu cử tổng thống.',
      finds: [
        { quote: 'giành chiến thắng', value: { type: 'election_result' } },
        { quote: 'cuộc bầu cử tổng thống', value: { type: 'election' } }
      ]
    },
    {
      text: 'Năm 1995, Indonesia lập Đại sứ quán tại Hà Nội, sau đó phải rút năm 1999.',
      finds: [
        { quote: 'lập Đại sứ quán', value: { type: 'embassy_opened' } },
        { quote: 'phải rút', value: { type: 'embassy_closed' } }
      ]
    },
    {
      text: 'Thái Lan mở lại Đại sứ quán tại Lima tháng 3/2001 và Văn phòng thương mại tại Cusco.',
      finds: [
        { quote: 'mở lại Đại sứ quán', value: { type: 'embassy_opened', reopened: true } },
        { quote: 'Văn phòng thương mại', value: { type: 'office_opened' } }
      ]
    },
    { text: 'Hai bên đã ký Hiệp định hợp tác văn hóa.', finds: [{ quote: 'đã ký', value: { type: 'agreement_signed' } }] },
    { text: 'Bộ trưởng Ngoại giao Lào thăm Campuchia (6/2015).', finds: [{ quote: 'thăm', value: { type: 'visit' } }] },
    { text: 'có các chuyến thăm Myanmar của đoàn Bộ Quốc phòng', finds: [{ quote: 'các chuyến thăm', value: { type: 'visit' } }] },
    { text: 'nhân chuyến thăm của Thủ tướng Ấn Độ', finds: [{ quote: 'chuyến thăm', value: { type: 'visit' } }] },
    { text: 'Nhà vua sang thăm Việt Nam vào tháng 11.', finds: [{ quote: 'sang thăm', value: { type: 'visit' } }] },
    {
      text: 'Thủ tướng vừa khởi đầu chuyến thăm chính thức tới Việt Nam.',
      finds: [{ quote: 'khởi đầu chuyến thăm chính thức', value: { type: 'visit' } }]
    },
    { text: 'Thủ tướng lên đường từ Hà Nội sang Nhật Bản.', finds: [{ quote: 'lên đường', value: { type: 'visit' } }] },
    {
      text: 'Chủ tịch nước chủ trì lễ đón Tổng thống Indonesia.',
      finds: [{ quote: 'chủ trì lễ đón', value: { type: 'visit', cameo: '043' } }]
    },
    { text: 'Chiều 12/3, Bộ trưởng đã tiếp Đại sứ Ấn Độ tại Việt Nam.', finds: [{ quote: 'đã tiếp', value: { type: 'meeting' } }] },
    { text: 'Thủ tướng đã có buổi tiếp Đại sứ Thái Lan.', finds: [{ quote: 'đã có buổi tiếp', value: { type: 'meeting' } }] },
    { text: 'Phó Thủ tướng tiếp xã giao Bộ trưởng Thương mại Pakistan.', finds: [{ quote: 'tiếp xã giao', value: { type: 'meeting' } }] },
    { text: 'Thủ tướng đã gặp Tổng thống Philippines.', finds: [{ quote: 'đã gặp', value: { type: 'meeting' } }] },
    { text: 'Cuộc gặp giữa hai Thủ tướng tại Đại Liên.', finds: [{ quote: 'Cuộc gặp', value: { type: 'meeting' } }] },
    { text: 'Lần thứ nhất tại Viêng Chăn, sau khi hai bên họp trù bị.', finds: [] },
    {
      text: 'Hai nước duy trì cơ chế họp thường niên. Lần thứ hai tại Viêng Chăn tháng 5/2016.',
      finds: [{ quote: 'Lần thứ hai', value: { type: 'meeting' } }]
    },
    {
      text: 'Thủ tướng dự Hội nghị thượng đỉnh G20 tại Nhật Bản.',
      finds: [{ quote: 'Hội nghị thượng đỉnh', value: { type: 'conference' } }]
    },
    { text: 'Ông dự APEC 2017.', finds: [{ quote: 'dự', value: { type: 'conference' } }] },
    { text: 'Lào đã ủng hộ Campuchia ứng cử.', finds: [{ quote: 'đã ủng hộ', value: { type: 'support_pledged' } }] },
    {
      text: 'Công ty trao tặng 500 triệu đồng cho người dân vùng lũ.',
      finds: [{ quote: 'trao tặng', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'Hai bên nhất trí đưa kim ngạch song phương lên 2 tỷ USD.',
      finds: [{ quote: 'nhất trí đưa kim ngạch song phương lên', value: { type: 'target_set' } }]
    },
    {
      text: 'Hai nước có kế hoạch đưa kim ngạch song phương chạm mốc 15 tỉ USD.',
      finds: [{ quote: 'có kế hoạch đưa kim ngạch song phương chạm mốc', value: { type: 'target_set' } }]
    },
    {
      text: 'Năm tỉnh đã công bố tình trạng thiên tai do hạn hán.',
      finds: [{ quote: 'công bố tình trạng thiên tai', value: { type: 'statement' } }]
    },
    { text: 'Hai bên đã tổ chức lễ ký kết tại Hà Nội.', finds: [{ quote: 'lễ ký kết', value: { type: 'agreement_signed' } }] },
    {
      text: 'Hiệp định Thương mại song phương được ký kết năm 2000.',
      finds: [{ quote: 'được ký kết', value: { type: 'agreement_signed' } }]
    },
    { text: 'Chuyến công du tới Nhật Bản của Thủ tướng kéo dài bốn ngày.', finds: [{ quote: 'Chuyến công du', value: { type: 'visit' } }] },
    {
      text: 'Tổng thống Bush sang Việt Nam dự Hội nghị cấp cao APEC.',
      finds: [
        { quote: 'sang', value: { type: 'visit' } },
        { quote: 'Hội nghị cấp cao', value: { type: 'conference' } }
      ]
    },
    { text: 'Hai nước đã tiến hành 7 vòng đối thoại chiến lược.', finds: [{ quote: '7 vòng đối thoại', value: { type: 'meeting' } }] },
    { text: 'Bộ trưởng làm việc với đoàn doanh nghiệp Hàn Quốc.', finds: [{ quote: 'làm việc với', value: { type: 'meeting' } }] },
    { text: 'Thủ tướng chủ trì cuộc họp về xâm nhập mặn.', finds: [{ quote: 'chủ trì cuộc họp', value: { type: 'meeting' } }] },
    {
      text: 'Nhật Bản cam kết hỗ trợ 500 triệu USD cho Việt Nam.',
      finds: [{ quote: 'cam kết hỗ trợ', value: { type: 'support_pledged' } }]
    },
    {
      text: 'Quan hệ hai nước được nâng lên tầm Đối tác chiến lược toàn diện.',
      finds: [{ quote: 'được nâng lên', value: { type: 'relations_upgraded' } }]
    },
    {
      text: 'Đại sứ quán Mỹ tại Kabul đã đóng cửa vì lý do an ninh.',
      finds: [{ quote: 'đã đóng cửa', value: { type: 'embassy_closed' } }]
    },
    {
      text: 'KOTRA đã khai trương văn phòng đại diện tại Cần Thơ.',
      finds: [{ quote: 'khai trương văn phòng đại diện', value: { type: 'office_opened' } }]
    },
    { text: 'Hai bên đã ký kết 5 văn kiện hợp tác.', finds: [{ quote: 'đã ký kết', value: { type: 'agreement_signed' } }] },
    {
      text: 'Hai nước phấn đấu nâng kim ngạch thương mại lên 20 tỷ USD.',
      finds: [{ quote: 'phấn đấu nâng kim ngạch thương mại lên', value: { type: 'target_set' } }]
    },
    { text: 'Thái Lan công bố dịch sốt xuất huyết.', finds: [{ quote: 'công bố dịch', value: { type: 'statement' } }] },
    {
      text: 'ADB phê duyệt khoản vay 500 triệu USD cho Sri Lanka.',
      finds: [{ quote: 'phê duyệt khoản vay', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'Bộ Y tế ban bố tình trạng báo động dịch sốt xuất huyết.',
      finds: [{ quote: 'ban bố tình trạng báo động', value: { type: 'statement' } }]
    },
    {
      text: 'Người phát ngôn khẳng định tại cuộc họp báo thường kỳ chiều 4/4.',
      finds: [{ quote: 'họp báo', value: { type: 'statement' } }]
    },
    {
      text: 'Năm 1973, Pakistan lập Đại sứ quán thường trú tại Hà Nội.',
      finds: [{ quote: 'lập Đại sứ quán', value: { type: 'embassy_opened' } }]
    },
    {
      text: 'Tổng thống Ấn Độ đang thăm cấp Nhà nước Việt Nam từ ngày 4 đến 6/8.',
      finds: [{ quote: 'thăm cấp Nhà nước', value: { type: 'visit' } }]
    },
    {
      text: 'Đoàn doanh nghiệp Nhật Bản đã đến thăm và làm việc tại tỉnh Bắc Ninh.',
      finds: [{ quote: 'đến thăm và làm việc', value: { type: 'visit' } }]
    },
    {
      text: 'Ấn Độ cấp khoản tín dụng ưu đãi 300 triệu USD cho Việt Nam.',
      finds: [{ quote: 'cấp khoản tín dụng', value: { type: 'support_pledged', cameo: '070' } }]
    },
    { text: 'Hai bên đã trao đổi các văn kiện hợp tác.', finds: [{ quote: 'trao đổi các văn kiện', value: { type: 'agreement_signed' } }] },
    { text: 'Hai bên đã ký MoU về hợp tác năng lượng.', finds: [{ quote: 'đã ký', value: { type: 'agreement_signed' } }] },
    {
      text: 'Tham vấn chính trị cấp Thứ trưởng Ngoại giao lần thứ 12 diễn ra tại Hà Nội.',
      finds: [{ quote: 'Tham vấn chính trị', value: { type: 'meeting' } }]
    },
    { text: 'Chủ tịch nước tiếp kiến Quốc vương Campuchia.', finds: [{ quote: 'tiếp kiến', value: { type: 'meeting' } }] },
    { text: 'Việt Nam lên tiếng về vụ việc tại Biển Đông.', finds: [{ quote: 'lên tiếng', value: { type: 'statement' } }] },
    {
      text: 'Hội nghị Bộ trưởng Ngoại giao ASEAN đã khai mạc tại Trung tâm Hội nghị Kuala Lumpur.',
      finds: [{ quote: 'Hội nghị Bộ trưởng', value: { type: 'conference' } }]
    },
    { text: 'Chủ tịch nước lên đường thăm cấp Nhà nước tới Lào.', finds: [{ quote: 'lên đường', value: { type: 'visit' } }] },
    {
      text: 'Hai nhà lãnh đạo đã hội đàm, sau lễ đón chính thức tại Phủ Chủ tịch.',
      finds: [
        { quote: 'hội đàm', value: { type: 'meeting' } },
        { quote: 'lễ đón chính thức', value: { type: 'visit', cameo: '043' } }
      ]
    },
    {
      text: 'Tổ chức Y tế Thế giới (WHO) trao tặng 50.000 bộ xét nghiệm nhanh.',
      finds: [{ quote: 'trao tặng', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'IMF đã phê duyệt khoản giải ngân 1,1 tỷ USD cho Pakistan.',
      finds: [{ quote: 'phê duyệt khoản giải ngân', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'Kỳ họp bất thường lần thứ 9 của Quốc hội đã bế mạc.',
      finds: [{ quote: 'Kỳ họp bất thường lần thứ 9', value: { type: 'meeting' } }]
    },
    {
      text: 'Việt Nam và Hàn Quốc đặt quan hệ ngoại giao vào ngày 22/12/1992.',
      finds: [{ quote: 'đặt quan hệ ngoại giao', value: { type: 'relations_established' } }]
    },
    { text: 'Thủ tướng Malaysia Anwar Ibrahim công du Trung Quốc.', finds: [{ quote: 'công du', value: { type: 'visit' } }] },
    { text: 'Chuyên cơ chở Tổng thống Hàn Quốc hạ cánh xuống sân bay Nội Bài.', finds: [{ quote: 'hạ cánh', value: { type: 'visit' } }] },
    {
      text: 'Bộ trưởng Ngoại giao trao đổi qua điện thoại với Ngoại trưởng Mỹ.',
      finds: [{ quote: 'trao đổi qua điện thoại', value: { type: 'meeting' } }]
    },
    { text: 'UBND thành phố tổ chức hội nghị xúc tiến đầu tư.', finds: [{ quote: 'tổ chức hội nghị', value: { type: 'conference' } }] },
    {
      text: 'Sáng 10/9, hội thảo quốc tế về Biển Đông đã diễn ra tại Hà Nội.',
      finds: [{ quote: 'hội thảo', value: { type: 'conference' } }]
    },
    { text: 'Ấn Độ gửi 35 tấn hàng viện trợ tới Việt Nam.', finds: [{ quote: 'gửi', value: { type: 'support_pledged', cameo: '070' } }] },
    { text: 'Nhà Trắng ra thông báo chính thức về vụ việc.', finds: [{ quote: 'ra thông báo', value: { type: 'statement' } }] },
    { text: 'Thủ tướng tiếp Tổng Giám đốc Tập đoàn Apple.', finds: [{ quote: 'tiếp', value: { type: 'meeting' } }] },
    { text: 'Hai nước đã ký Chương trình hợp tác giai đoạn 2024-2026.', finds: [{ quote: 'đã ký', value: { type: 'agreement_signed' } }] },
    {
      text: 'Bộ Ngoại giao ra thông cáo báo chí về kết quả chuyến thăm.',
      finds: [{ quote: 'ra thông cáo', value: { type: 'statement' } }]
    },
    {
      text: 'Hiệp định Thương mại song phương ký năm 2000 đã mở đường cho thương mại hai nước.',
      finds: [{ quote: 'ký', value: { type: 'agreement_signed' } }]
    },
    { text: 'Hai Ngoại trưởng đã gặp nhau bên lề Hội nghị.', finds: [{ quote: 'đã gặp nhau', value: { type: 'meeting' } }] },
    {
      text: 'Hai Bộ trưởng trao đổi Bản ghi nhớ về hợp tác lao động.',
      finds: [{ quote: 'trao đổi', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'Vietcombank đã ký kết hợp tác toàn diện với Tập đoàn Bảo Việt.',
      finds: [{ quote: 'đã ký kết', value: { type: 'agreement_signed' } }]
    },
    { text: 'Ký kết Hiệp định thương mại tự do Việt Nam - UAE', finds: [{ quote: 'Ký kết', value: { type: 'agreement_signed' } }] },
    {
      text: 'Bộ trưởng Bùi Thanh Sơn trao đổi điện thoại với Ngoại trưởng Nhật Bản.',
      finds: [{ quote: 'trao đổi điện thoại', value: { type: 'meeting' } }]
    },
    {
      text: 'Thủ tướng đối thoại với các nhà đầu tư nước ngoài tại Hà Nội.',
      finds: [{ quote: 'đối thoại với', value: { type: 'meeting' } }]
    },
    {
      text: 'Hai Bộ trưởng đồng chủ trì Kỳ họp Ủy ban hỗn hợp lần thứ 10.',
      finds: [{ quote: 'Kỳ họp', value: { type: 'meeting' } }]
    },
    {
      text: 'Đoàn đại biểu cấp cao Việt Nam đã tới Thủ đô Viêng Chăn.',
      finds: [{ quote: 'đã tới', value: { type: 'visit' } }]
    },
    {
      text: 'Thủ tướng rời Hà Nội, lên đường tham dự Hội nghị thượng đỉnh G7.',
      finds: [
        { quote: 'lên đường', value: { type: 'visit' } },
        { quote: 'Hội nghị thượng đỉnh', value: { type: 'conference' } }
      ]
    },
    {
      text: 'Chủ tịch nước tham dự Tuần lễ Cấp cao APEC tại Lima.',
      finds: [{ quote: 'Tuần lễ Cấp cao', value: { type: 'conference' } }]
    },
    {
      text: 'Hai bên hướng tới kim ngạch 25 tỷ USD vào năm 2025.',
      finds: [{ quote: 'hướng tới', value: { type: 'target_set' } }]
    },
    {
      text: 'Hai nước nhắm mốc thương mại 30 tỷ USD vào năm 2030.',
      finds: [{ quote: 'nhắm mốc', value: { type: 'target_set' } }]
    },
    {
      text: 'Thành phố phấn đấu thu hút 5 tỷ USD vốn FDI trong năm 2025.',
      finds: [{ quote: 'phấn đấu', value: { type: 'target_set' } }]
    },
    {
      text: 'Vinamilk lên kế hoạch doanh thu 63.000 tỷ đồng.',
      finds: [{ quote: 'lên kế hoạch', value: { type: 'target_set' } }]
    },
    {
      text: 'Hai bên hướng tới mục tiêu đưa kim ngạch thương mại lên 150 tỷ USD vào năm 2030.',
      finds: [{ quote: 'hướng tới mục tiêu', value: { type: 'target_set' } }]
    }
  ],
  negative: [
    'Kiến nghị của cử tri đã được Bộ trưởng tiếp thu.',
    'Theo chương trình, Tổng thống sẽ thăm TP.HCM và gặp gỡ cộng đồng doanh nghiệp.',
    'Thương mại tăng mạnh kể từ khi hai nước nâng cấp lên Đối tác chiến lược toàn diện.',
    'Ông gặp khó khăn khi lãnh đạo công ty.',
    'Vòng đàm phán thứ hai sẽ được tổ chức tại Hà Nội.',
    'Việt Nam và Hoa Kỳ đã trao đổi hơn 100 đoàn các cấp.',
    'Các nhà tài trợ 5 triệu USD đã được vinh danh.',
    'Lãnh đạo hai nước nhất trí tăng cường các chuyến thăm cấp cao.',
    'Hai bên thường xuyên trao đổi đoàn và gặp gỡ bên lề các hội nghị quốc tế.',
    'Việc ký kết hiệp định sẽ mở ra cơ hội mới.',
    'Các ứng cử viên đã tiếp xúc cử tri tại 5 huyện.',
    'Đoàn đã đến Bắc Ninh vào chiều qua.',
    'Đây là lần đầu Thủ tướng thăm chính thức Nhật Bản.',
    'Chuyến đi lần này là chuyến công du nước ngoài đầu tiên của ông.',
    'Các cuộc gặp như vậy được tổ chức hằng năm.',
    'Vòng đàm phán thứ hai dự kiến diễn ra vào tháng 6.',
    'Nhà hàng gần Đại sứ quán đã đóng cửa lúc 22 giờ.',
    'Giá xăng được nâng lên 500 đồng.',
    'Qua đó nâng tổng kim ngạch xuất khẩu lên 22,76 tỷ USD.',
    'Hai bên sẽ thăm Campuchia vào năm tới.',
    'Tổng Bí thư sắp thăm cấp nhà nước Campuchia.',
    'Hai bên nhất trí sớm ký Hiệp định Thương mại ưu đãi.',
    'Hai nước tiến tới ký hiệp định thương mại tự do.',
    'Đoàn dự kiến ký Hiệp định thương mại.',
    'hai nước ủng hộ lẫn nhau trên các diễn đàn',
    'thăm dò thị trường',
    'Hai bên tiếp tục trao đổi đoàn các cấp.',
    'Bộ tiếp nhận đề nghị của đoàn doanh nghiệp.',
    'Thủ tướng sẽ tiếp Đại sứ vào tuần tới.',
    'rút kinh nghiệm từ năm trước',
    'tại kỳ họp này',
    'Trong cuộc gặp, hai bên trao đổi ý kiến.',
    'các diễn đàn quốc tế',
    'duy trì cơ chế họp thường niên',
    'Ông được chính quyền mới mời sang thăm chính thức.',
    'hai nước kỷ niệm 10 năm ngày thiết lập quan hệ Đối tác Chiến lược',
    'dịp kỷ niệm 35 năm thiết lập quan hệ hai nước',
    'Hội nghị Cấp cao ASEAN lần thứ 47 sẽ diễn ra vào tháng 10 tại Kuala Lumpur.',
    'Hàng nghìn người ủng hộ PTI đã tập trung tại Lahore.',
    'Hai bên việc nâng cấp quan hệ lên Đối tác Chiến lược toàn diện.',
    'Hai bên nhất trí duy trì các cuộc gặp cấp cao thường niên.',
    'Ban tổ chức hội nghị đã chuẩn bị chu đáo.',
    'Phát biểu tại hội thảo, Bộ trưởng cho biết doanh nghiệp cần đổi mới.',
    'Khoản hỗ trợ 5 triệu USD được dùng để xây nhà.',
    'Các tỉnh được phân bổ 500 tỷ đồng ngân sách cho giáo dục.',
    'Thủ tướng yêu cầu các bộ ngành tới Hà Nội báo cáo.',
    'Hai bên trao đổi về Hiệp định thương mại tự do.',
    'Du khách đến thăm Phố cổ Hội An tăng 30%.',
    'Khách du lịch quốc tế tới thăm Vịnh Hạ Long đông hơn năm trước.',
    'Thành phố đón đoàn khách quốc tế đầu tiên bằng tàu biển.',
    'Hai bên hướng tới năm 2030, dịp kỷ niệm 35 năm thiết lập quan hệ.'
  ]
}

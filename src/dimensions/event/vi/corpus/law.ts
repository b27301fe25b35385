import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const law: CorpusPart = {
  examples: [
    examples({ type: 'ruling' }, ['tuyên phạt', 'tuyên án', 'y án', 'bác kháng cáo']),
    examples({ type: 'arrest' }, ['bắt giữ', 'bắt tạm giam', 'khởi tố bị can']),
    examples({ type: 'lawsuit_filed' }, ['nộp đơn khởi kiện'])
  ],
  inContext: [
    { text: 'Nhà thầu đã khởi kiện chủ đầu tư ra tòa.', finds: [{ quote: 'khởi kiện', value: { type: 'lawsuit_filed' } }] },
    { text: 'Bản án sơ thẩm tuyên bị cáo 20 năm tù.', finds: [{ quote: 'tuyên', value: { type: 'ruling' } }] },
    {
      text: 'Tòa án Tối cao Pakistan đã tuyên trắng án cho cựu Thủ tướng Imran Khan.',
      finds: [{ quote: 'tuyên trắng án', value: { type: 'ruling' } }]
    },
    { text: 'Công ty Apple bị kiện vì vi phạm bằng sáng chế.', finds: [{ quote: 'bị kiện', value: { type: 'lawsuit_filed' } }] },
    {
      text: 'Bộ Thương mại Mỹ bị các nhà nhập khẩu kiện ra Tòa án Thương mại Quốc tế.',
      finds: [{ quote: 'bị các nhà nhập khẩu kiện', value: { type: 'lawsuit_filed' } }]
    },
    {
      text: 'Nhóm cổ đông đã đệ đơn lên Tòa án nhân dân TP Hà Nội kiện hội đồng quản trị công ty.',
      finds: [{ quote: 'đệ đơn', value: { type: 'lawsuit_filed' } }]
    },
    { text: 'Tòa phúc thẩm đã bác đơn kháng cáo của bị cáo.', finds: [{ quote: 'bác đơn kháng cáo', value: { type: 'ruling' } }] },
    {
      text: 'Ca sĩ khởi kiện công ty giải trí đòi bồi thường 5 tỷ đồng',
      finds: [{ quote: 'khởi kiện', value: { type: 'lawsuit_filed' } }]
    },
    {
      text: 'TAND TP Hồ Chí Minh vừa thụ lý đơn khởi kiện của ca sĩ Hồ Ngọc Minh.',
      finds: [{ quote: 'thụ lý đơn khởi kiện', value: { type: 'lawsuit_filed' } }]
    },
    {
      text: 'Hai ngày sau khi Tòa án Hiến pháp ra phán quyết bãi nhiệm ông Srettha, Quốc hội bầu Thủ tướng mới.',
      finds: [
        { quote: 'ra phán quyết', value: { type: 'ruling' } },
        { quote: 'bãi nhiệm', value: { type: 'resignation' } }
      ]
    },
    { text: 'Công an tỉnh vừa triệt phá đường dây đánh bạc trực tuyến.', finds: [{ quote: 'vừa triệt phá', value: { type: 'arrest' } }] },
    { text: 'Tòa án tuyên bị cáo Trương Mỹ Lan án tử hình.', finds: [{ quote: 'tuyên', value: { type: 'ruling' } }] },
    { text: 'Năm bị cáo khác nhận từ 3 đến 12 năm tù.', finds: [{ quote: 'nhận', value: { type: 'ruling' } }] },
    { text: 'Hai bị cáo được hưởng án treo do thành khẩn khai báo.', finds: [{ quote: 'được hưởng án treo', value: { type: 'ruling' } }] },
    { text: 'Những bị cáo còn lại bị xử từ 15 tháng tù nhưng cho hưởng án treo.', finds: [{ quote: 'bị xử', value: { type: 'ruling' } }] },
    { text: 'Tuyên án vụ lừa đảo chiếm đoạt tài sản', finds: [{ quote: 'Tuyên án', value: { type: 'ruling' } }] },
    { text: 'Bắt tạm giam nguyên Chủ tịch UBND huyện', finds: [{ quote: 'Bắt tạm giam', value: { type: 'arrest' } }] },
    { text: 'Bị cáo Phạm Tấn Hoàng lĩnh 3 năm tù.', finds: [{ quote: 'lĩnh', value: { type: 'ruling' } }] },
    { text: 'Vũ Văn Tú, cựu thẩm phán, nhận 2 năm tù.', finds: [{ quote: 'nhận', value: { type: 'ruling' } }] },
    { text: 'Bị cáo Nga chịu tổng mức án 6 năm.', finds: [{ quote: 'chịu', value: { type: 'ruling' } }] },
    { text: 'Các bị cáo khác bị xử từ 15 tháng tù.', finds: [{ quote: 'bị xử', value: { type: 'ruling' } }] },
    {
      text: 'Vụ án được Cơ quan Cảnh sát điều tra Bộ Công an khởi tố từ tháng 9/2023.',
      finds: [{ quote: 'khởi tố', value: { type: 'arrest' } }]
    },
    { text: 'Cảnh sát đã bắt 5 nghi phạm.', finds: [{ quote: 'đã bắt', value: { type: 'arrest' } }] },
    { text: 'Viện kiểm sát đã truy tố 86 bị cáo.', finds: [{ quote: 'truy tố', value: { type: 'arrest' } }] },
    { text: 'Hai cựu giám đốc sở bị phạt lần lượt 7 năm và 6 năm tù.', finds: [{ quote: 'bị phạt', value: { type: 'ruling' } }] },
    { text: 'Các bị cáo còn lại nhận mức án từ 2 năm tù treo.', finds: [{ quote: 'nhận', value: { type: 'ruling' } }] },
    { text: 'Tòa án Tối cao Pakistan hủy bỏ phán quyết.', finds: [{ quote: 'hủy bỏ phán quyết', value: { type: 'ruling' } }] },
    { text: 'Tập đoàn Vingroup khởi kiện một số cá nhân.', finds: [{ quote: 'khởi kiện', value: { type: 'lawsuit_filed' } }] },
    { text: 'Khởi tố, bắt tạm giam nguyên Chủ tịch tỉnh.', finds: [{ quote: 'Khởi tố, bắt tạm giam', value: { type: 'arrest' } }] },
    {
      text: 'Cơ quan điều tra ra lệnh bắt bị can để tạm giam.',
      finds: [{ quote: 'ra lệnh bắt bị can để tạm giam', value: { type: 'arrest' } }]
    },
    { text: 'Philippines đệ đơn kiện Trung Quốc ra Tòa Trọng tài.', finds: [{ quote: 'đệ đơn kiện', value: { type: 'lawsuit_filed' } }] },
    { text: 'Tòa án tuyên bị cáo vô tội.', finds: [{ quote: 'tuyên bị cáo vô tội', value: { type: 'ruling' } }] },
    {
      text: 'Tòa án Tối cao Thái Lan phán quyết cựu Thủ tướng Thaksin phải ngồi tù 1 năm.',
      finds: [{ quote: 'phán quyết', value: { type: 'ruling' } }]
    },
    { text: 'Bắt giam nguyên Giám đốc Sở Y tế.', finds: [{ quote: 'Bắt giam', value: { type: 'arrest' } }] },
    { text: 'Cơ quan điều tra đã khởi tố 5 bị can về tội lừa đảo.', finds: [{ quote: 'khởi tố', value: { type: 'arrest' } }] },
    { text: 'Ông A bị bắt và khởi tố về tội lừa đảo.', finds: [{ quote: 'bắt và khởi tố', value: { type: 'arrest' } }] },
    { text: 'Hội đồng xét xử xử phạt bị cáo Lê Văn Hùng 30 tháng tù.', finds: [{ quote: 'xử phạt', value: { type: 'ruling' } }] },
    { text: 'TAND Cấp cao hủy bản án sơ thẩm, giao hồ sơ xét xử lại.', finds: [{ quote: 'hủy bản án', value: { type: 'ruling' } }] },
    { text: 'Tòa xử bị cáo Lê Văn Tám 18 năm tù.', finds: [{ quote: 'xử', value: { type: 'ruling' } }] },
    { text: 'Ông ta phải nhận bản án 10 năm tù.', finds: [{ quote: 'nhận', value: { type: 'ruling' } }] },
    { text: 'Bị cáo bị phạt tù 3 năm về tội lừa đảo.', finds: [{ quote: 'bị phạt tù', value: { type: 'ruling' } }] },
    { text: 'Tòa kết án cựu Bộ trưởng Nguyễn Văn Bình 11 năm tù.', finds: [{ quote: 'kết án', value: { type: 'ruling' } }] },
    {
      text: 'Tại phiên phúc thẩm, bị cáo được giảm án từ 10 năm xuống 8 năm tù.',
      finds: [{ quote: 'được giảm án', value: { type: 'ruling' } }]
    }
  ],
  negative: [
    'Bị cáo có quyền kháng cáo trong 15 ngày.',
    'Chuyến thăm giúp phá băng quan hệ hai nước.',
    'Nguyễn Tấn Đức bị đề nghị mức 3 năm tù.',
    'Bị cáo có thể đối mặt với mức án tử hình.',
    'Các bị cáo có 15 ngày để kháng cáo kể từ ngày tuyên án.',
    'Cơ quan điều tra đề nghị khởi tố vụ án.',
    'Người dân có quyền khởi kiện.',
    'Sự kiện Văn hóa Việt Nam thu hút đông đảo khán giả.',
    'Theo phán quyết của tòa, công ty phải bồi thường.',
    'Bị cáo viết đơn xin giảm án.',
    'Tòa án xử lý hồ sơ trong 10 ngày.',
    'Luật sư đề nghị xử phạt bị cáo mức án 3 năm tù.'
  ]
}

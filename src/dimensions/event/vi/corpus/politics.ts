import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const politics: CorpusPart = {
  examples: [
    examples({ type: 'election' }, ['cuộc bầu cử giữa kỳ', 'cuộc tổng tuyển cử', 'bầu cử Quốc hội', 'đi bỏ phiếu bầu']),
    examples({ type: 'election_result' }, ['trúng cử', 'đắc cử', 'đã giành được đa số ghế', 'công bố kết quả bầu cử']),
    examples({ type: 'appointment' }, ['được bổ nhiệm', 'nhậm chức']),
    examples({ type: 'resignation' }, ['từ chức', 'xin từ chức']),
    examples({ type: 'policy_adopted' }, ['có hiệu lực', 'chính thức có hiệu lực', 'giữ nguyên lãi suất điều hành'])
  ],
  inContext: [
    {
      text: 'Sau cuộc tổng tuyển cử, đảng cầm quyền chiếm đa số ghế tại Quốc hội.',
      finds: [
        { quote: 'cuộc tổng tuyển cử', value: { type: 'election' } },
        { quote: 'chiếm đa số ghế', value: { type: 'election_result' } }
      ]
    },
    {
      text: 'Ông Lê Minh Tuấn được Quốc hội phê chuẩn giữ chức Bộ trưởng.',
      finds: [{ quote: 'phê chuẩn', value: { type: 'appointment' } }]
    },
    {
      text: 'Hai bên ký Thỏa thuận về miễn thị thực cho người mang hộ chiếu ngoại giao.',
      finds: [{ quote: 'ký', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'HĐQT phê duyệt phương án phát hành cổ phiếu thưởng.',
      finds: [{ quote: 'phê duyệt', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Theo Nghị quyết về kế hoạch năm 2026 mà Quốc hội thông qua ngày 13/11/2025, GDP tăng từ 10%.',
      finds: [{ quote: 'thông qua', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Ông Anutin Charnvirakul được Quốc hội Thái Lan bầu làm Thủ tướng.',
      finds: [{ quote: 'được Quốc hội Thái Lan bầu làm', value: { type: 'election_result' } }]
    },
    {
      text: 'Quốc hội thông qua Luật Thuế thu nhập cá nhân (sửa đổi), có hiệu lực từ ngày 1/7/2026.',
      finds: [{ quote: 'thông qua', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Luật Đầu tư công, được thông qua tại kỳ họp trước, đã có hiệu lực từ ngày 1/1/2025.',
      finds: [
        { quote: 'được thông qua', value: { type: 'policy_adopted' } },
        { quote: 'có hiệu lực', value: { type: 'policy_adopted' } }
      ]
    },
    {
      text: 'Thủ tướng ký quyết định phê duyệt Chiến lược phát triển ngành.',
      finds: [{ quote: 'phê duyệt', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Bộ Công Thương đã điều chỉnh tăng giá điện bán lẻ bình quân thêm 4,8%.',
      finds: [{ quote: 'đã điều chỉnh tăng', value: { type: 'policy_adopted' } }]
    },
    { text: 'Ông Trần Tuấn Anh xin nghỉ công tác.', finds: [{ quote: 'xin nghỉ công tác', value: { type: 'resignation' } }] },
    {
      text: 'Quốc hội đã bầu ông Nguyễn Văn An làm Phó Chủ tịch Quốc hội và bà Nguyễn Thị Bình làm Tổng Thư ký Quốc hội.',
      finds: [
        { quote: 'đã bầu', value: { type: 'election_result' } },
        { quote: 'làm', value: { type: 'election_result' } }
      ]
    },
    {
      text: 'Thủ tướng đã bổ nhiệm ông Iwaya Takeshi làm Ngoại trưởng và ông Nakatani Gen làm Bộ trưởng Quốc phòng.',
      finds: [
        { quote: 'đã bổ nhiệm', value: { type: 'appointment' } },
        { quote: 'làm', value: { type: 'appointment' } }
      ]
    },
    {
      text: 'Bộ Tài chính đã trình Quốc hội dự án Luật Thuế giá trị gia tăng sửa đổi.',
      finds: [{ quote: 'đã trình', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Ông Nguyễn Văn Thắng được phê chuẩn làm Bộ trưởng Bộ Tài chính.',
      finds: [{ quote: 'được phê chuẩn', value: { type: 'appointment' } }]
    },
    {
      text: 'Bà Phạm Thị Thanh Trà được giao quyền Bộ trưởng Bộ Nội vụ.',
      finds: [{ quote: 'được giao quyền', value: { type: 'appointment' } }]
    },
    {
      text: 'Thủ tướng Sheikh Hasina đã rời nhiệm sở và rời khỏi đất nước.',
      finds: [{ quote: 'đã rời nhiệm sở', value: { type: 'resignation' } }]
    },
    {
      text: 'Quốc hội Nhật Bản đã bỏ phiếu bầu ông Ishiba Shigeru, Chủ tịch Đảng Dân chủ Tự do (LDP) cầm quyền, làm Thủ tướng.',
      finds: [{ quote: 'đã bỏ phiếu bầu', value: { type: 'election_result' } }]
    },
    { text: 'Ông Kato Katsunobu được giao giữ chức Bộ trưởng Tài chính.', finds: [{ quote: 'được giao', value: { type: 'appointment' } }] },
    { text: 'Phó Chủ tịch thường trực đã ký công điện.', finds: [{ quote: 'đã ký', value: { type: 'policy_adopted' } }] },
    {
      text: 'Tháng 12/2006, Quốc hội Hoa Kỳ thông qua quy chế Quan hệ thương mại bình thường vĩnh viễn cho Việt Nam.',
      finds: [{ quote: 'thông qua', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Ông Phạm Minh Chính được Quốc hội bầu giữ chức Thủ tướng.',
      finds: [{ quote: 'được Quốc hội bầu giữ chức', value: { type: 'election_result' } }]
    },
    {
      text: 'Bộ Chính trị đã điều động, phân công ông Nguyễn Văn Nên giữ chức Bí thư Thành ủy.',
      finds: [{ quote: 'đã điều động, phân công', value: { type: 'appointment' } }]
    },
    { text: 'Ông Hồ Đức Phớc được bầu làm Phó Thủ tướng.', finds: [{ quote: 'được bầu làm', value: { type: 'election_result' } }] },
    {
      text: 'Bộ Y tế đã ban hành công văn đề nghị các tỉnh tăng cường phòng dịch.',
      finds: [{ quote: 'ban hành', value: { type: 'policy_adopted' } }]
    },
    { text: 'Quốc hội chấp thuận Nghị quyết về kế hoạch 5 năm.', finds: [{ quote: 'chấp thuận', value: { type: 'policy_adopted' } }] },
    {
      text: 'Quốc hội lần lượt bấm nút thông qua một loạt văn bản.',
      finds: [{ quote: 'bấm nút thông qua', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Nghị quyết về kế hoạch 5 năm đã được Quốc hội chính thức thông qua.',
      finds: [{ quote: 'đã được Quốc hội chính thức thông qua', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Sau thắng lợi của Đảng Dân chủ tự do tại cuộc tổng tuyển cử.',
      finds: [
        { quote: 'thắng lợi', value: { type: 'election_result' } },
        { quote: 'cuộc tổng tuyển cử', value: { type: 'election' } }
      ]
    },
    { text: 'Chính phủ đã phê duyệt Quy hoạch điện VIII.', finds: [{ quote: 'phê duyệt', value: { type: 'policy_adopted' } }] },
    { text: 'Quốc hội đã bầu ông Lương Cường làm Chủ tịch nước.', finds: [{ quote: 'đã bầu', value: { type: 'election_result' } }] },
    {
      text: 'Ủy ban Bầu cử Indonesia công bố kết quả chính thức.',
      finds: [{ quote: 'công bố kết quả', value: { type: 'election_result' } }]
    },
    {
      text: 'Chiều 7/11, Thủ tướng đã ký công điện yêu cầu các bộ khắc phục hậu quả bão.',
      finds: [{ quote: 'đã ký', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Bộ trưởng Bộ Tài chính đã trình bày báo cáo về tình hình thực hiện ngân sách năm 2025.',
      finds: [{ quote: 'đã trình bày', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Thượng viện đã thông qua bản sửa đổi Hiến pháp lần thứ 26.',
      finds: [{ quote: 'thông qua', value: { type: 'policy_adopted' } }]
    },
    { text: 'Hạ viện thông qua dự luật ngân sách.', finds: [{ quote: 'thông qua', value: { type: 'policy_adopted' } }] },
    { text: 'Fed tăng lãi suất thêm 0,25 điểm phần trăm.', finds: [{ quote: 'tăng lãi suất', value: { type: 'policy_adopted' } }] },
    { text: 'Ông Lâm kế nhiệm ông Nam làm Tổng giám đốc.', finds: [{ quote: 'kế nhiệm', value: { type: 'appointment' } }] },
    {
      text: 'Quốc hội đã miễn nhiệm chức vụ Bộ trưởng đối với ông Lê Minh Hoan.',
      finds: [{ quote: 'đã miễn nhiệm', value: { type: 'resignation' } }]
    },
    {
      text: 'Liên minh NPP giành đa số tuyệt đối trong bầu cử Quốc hội.',
      finds: [
        { quote: 'giành đa số tuyệt đối', value: { type: 'election_result' } },
        { quote: 'bầu cử Quốc hội', value: { type: 'election' } }
      ]
    },
    { text: 'Đảng này chỉ giành được 40 ghế.', finds: [{ quote: 'giành được 40 ghế', value: { type: 'election_result' } }] },
    { text: 'Ủy ban Bầu cử công bố ông Prabowo thắng cử.', finds: [{ quote: 'thắng cử', value: { type: 'election_result' } }] },
    { text: 'EU hoãn thực thi quy định chống phá rừng.', finds: [{ quote: 'hoãn thực thi', value: { type: 'policy_adopted' } }] },
    { text: 'Tổng thống Hàn Quốc đã giải tán Quốc hội.', finds: [{ quote: 'đã giải tán', value: { type: 'policy_adopted' } }] },
    {
      text: 'Việt Nam miễn thị thực cho công dân 12 nước châu Âu.',
      finds: [{ quote: 'miễn thị thực', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Quốc hội đã thông qua chủ trương đầu tư dự án đường sắt tốc độ cao.',
      finds: [{ quote: 'thông qua', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Quốc hội phê chuẩn đề nghị của Thủ tướng Chính phủ về việc bổ nhiệm ông Nguyễn Văn A giữ chức Bộ trưởng.',
      finds: [{ quote: 'phê chuẩn đề nghị của Thủ tướng Chính phủ về việc bổ nhiệm', value: { type: 'appointment' } }]
    },
    {
      text: 'Quốc hội phê chuẩn đề nghị của Thủ tướng Chính phủ về việc miễn nhiệm ông Nguyễn Văn B.',
      finds: [{ quote: 'phê chuẩn đề nghị của Thủ tướng Chính phủ về việc miễn nhiệm', value: { type: 'resignation' } }]
    },
    {
      text: 'Ủy ban Thường vụ Quốc hội cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Nguyễn Văn D.',
      finds: [{ quote: 'cho thôi làm nhiệm vụ', value: { type: 'resignation' } }]
    },
    { text: 'Ông Võ Văn Thưởng thôi làm Chủ tịch nước.', finds: [{ quote: 'thôi làm', value: { type: 'resignation' } }] },
    { text: 'Ông Lê Văn F được chỉ định làm Bí thư Tỉnh ủy.', finds: [{ quote: 'được chỉ định', value: { type: 'appointment' } }] },
    { text: 'Chủ tịch nước trao quyết định bổ nhiệm Đại sứ cho 15 người.', finds: [{ quote: 'bổ nhiệm', value: { type: 'appointment' } }] },
    { text: 'Người dân Sri Lanka đi bầu tổng thống.', finds: [{ quote: 'đi bầu', value: { type: 'election' } }] },
    {
      text: 'Ông Anura Kumara Dissanayake chiến thắng bầu cử tổng thống Sri Lanka.',
      finds: [
        { quote: 'chiến thắng', value: { type: 'election_result' } },
        { quote: 'bầu cử tổng thống', value: { type: 'election' } }
      ]
    },
    {
      text: 'Ông Nguyễn Văn Y được Bộ Chính trị phân công làm Bí thư Thành ủy.',
      finds: [{ quote: 'phân công', value: { type: 'appointment' } }]
    },
    {
      text: 'Hội đồng châu Âu đã chính thức thông qua việc lùi thời hạn áp dụng quy định.',
      finds: [{ quote: 'đã chính thức thông qua', value: { type: 'policy_adopted' } }]
    }
  ],
  negative: [
    'Đảng cầm quyền hiện chiếm đa số ghế trong Quốc hội.',
    'Luật có hiệu lực thi hành từ ngày 1/7/2026.',
    'Chính phủ đã ban hành văn bản hướng dẫn, có hiệu lực từ ngày 15/1/2026.',
    'Doanh nghiệp thanh toán thông qua ngân hàng mà khách hàng lựa chọn.',
    'Chính phủ sẽ trình Quốc hội dự án Luật Đất đai sửa đổi.',
    'Phát biểu sau khi nhậm chức, Bộ trưởng cam kết hoàn thành mục tiêu.',
    'Cán bộ được giao nhiệm vụ theo dõi dự án.',
    'Tổng thống ấn định tổng tuyển cử sớm vào ngày 14/11.',
    'Đây là cuộc bầu cử tổng thống đầu tiên kể từ năm 2022.',
    'Công ty công bố kết quả kinh doanh quý 3.',
    'Hội đồng bầu cử quốc gia họp phiên thứ nhất.',
    'thông qua việc thúc đẩy hợp tác',
    'đã có mối quan hệ thông qua đại diện tại Bắc Kinh',
    'Lệnh cấm này vẫn còn có hiệu lực.',
    'Quốc hội xem xét việc miễn nhiệm Bộ trưởng.',
    'Chính phủ sẽ trình dự toán ngân sách vào tháng 10.',
    'Lãi suất tiết kiệm tăng nhẹ tại các ngân hàng thương mại.',
    'Nhiều người cáo buộc gian lận bầu cử.',
    'Các bên đã giải tán đám đông.',
    'Đề nghị bổ nhiệm ông Nguyễn Văn A làm Thứ trưởng.',
    'Đề nghị miễn nhiệm ông Nguyễn Văn A.',
    'Tỷ lệ cử tri đi bầu đạt 99,6%.',
    'Doanh nghiệp tiếp cận vốn thông qua việc phát hành trái phiếu.'
  ]
}

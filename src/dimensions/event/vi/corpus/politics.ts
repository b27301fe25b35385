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
    }
  ],
  negative: [
    'Công ty công bố kết quả kinh doanh quý 3.',
    'Hội đồng bầu cử quốc gia họp phiên thứ nhất.',
    'thông qua việc thúc đẩy hợp tác',
    'đã có mối quan hệ thông qua đại diện tại Bắc Kinh',
    'Lệnh cấm này vẫn còn có hiệu lực.'
  ]
}

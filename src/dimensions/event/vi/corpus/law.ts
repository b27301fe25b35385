import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const law: CorpusPart = {
  examples: [
    examples({ type: 'ruling' }, ['tuyên phạt', 'tuyên án', 'y án', 'bác kháng cáo']),
    examples({ type: 'arrest' }, ['bắt giữ', 'bắt tạm giam', 'khởi tố bị can']),
    examples({ type: 'lawsuit_filed' }, ['nộp đơn khởi kiện'])
  ],
  inContext: [
    { text: 'Bị cáo Phạm Tấn Hoàng lĩnh 3 năm tù.', finds: [{ quote: 'lĩnh', value: { type: 'ruling' } }] },
    { text: 'Vũ Văn Tú, cựu thẩm phán, nhận 2 năm tù.', finds: [{ quote: 'nhận', value: { type: 'ruling' } }] },
    { text: 'Bị cáo Nga chịu tổng mức án 6 năm.', finds: [{ quote: 'chịu', value: { type: 'ruling' } }] },
    { text: 'Các bị cáo khác bị xử từ 15 tháng tù.', finds: [{ quote: 'bị xử', value: { type: 'ruling' } }] }
  ],
  negative: ['Nguyễn Tấn Đức bị đề nghị mức 3 năm tù.', 'Bị cáo có thể đối mặt với mức án tử hình.']
}

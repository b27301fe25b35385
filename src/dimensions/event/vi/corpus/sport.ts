import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const sport: CorpusPart = {
  examples: [examples({ type: 'award' }, ['giành HCV', 'đoạt huy chương vàng', 'giành ngôi vô địch'])],
  inContext: [
    {
      text: 'Ngược dòng trước Myanmar, tuyển nữ Việt Nam giành vé vào chung kết',
      finds: [{ quote: 'Ngược dòng', value: { type: 'match' } }]
    },
    {
      text: 'Chủ tịch tỉnh trao Bằng khen cho 15 tập thể có thành tích xuất sắc.',
      finds: [{ quote: 'trao Bằng khen', value: { type: 'award' } }]
    },
    {
      text: 'Sáng nay, huyện đón nhận Bằng xếp hạng di tích quốc gia đặc biệt cho đình làng.',
      finds: [{ quote: 'đón nhận Bằng', value: { type: 'award' } }]
    },
    { text: 'Việt Nam vượt qua Singapore với tổng tỷ số 5-1.', finds: [{ quote: 'vượt qua', value: { type: 'match' } }] },
    { text: 'Thái Lan loại Philippines sau hiệp phụ.', finds: [{ quote: 'loại', value: { type: 'match' } }] },
    { text: 'Quang Hải được trao Quả bóng vàng Việt Nam 2018.', finds: [{ quote: 'được trao Quả bóng vàng', value: { type: 'award' } }] },
    { text: 'Thái Lan giành ngôi á quân.', finds: [{ quote: 'giành ngôi á quân', value: { type: 'award' } }] },
    { text: 'Thái Lan để thua 0-1 trên sân nhà.', finds: [{ quote: 'để thua', value: { type: 'match' } }] },
    {
      text: 'Trận chung kết giữa Việt Nam và Thái Lan kết thúc với tỷ số 3-2.',
      finds: [{ quote: 'Trận chung kết', value: { type: 'match' } }]
    },
    {
      text: 'Bộ phim đã được vinh danh tại Liên hoan phim quốc tế Busan.',
      finds: [{ quote: 'đã được vinh danh', value: { type: 'award' } }]
    },
    {
      text: 'Thủ tướng trao Huân chương Lao động hạng Nhất cho Tập đoàn Viettel.',
      finds: [{ quote: 'trao Huân chương', value: { type: 'award' } }]
    },
    { text: 'Hà Nội FC thua Công an Hà Nội 0-2 ở vòng 5 V-League.', finds: [{ quote: 'thua', value: { type: 'match' } }] },
    { text: 'Hai đội hòa nhau 1-1.', finds: [{ quote: 'hòa nhau', value: { type: 'match' } }] },
    {
      text: 'Chủ công Bích Tuyền được bầu là Vận động viên xuất sắc nhất giải.',
      finds: [{ quote: 'được bầu là', value: { type: 'award' } }]
    },
    {
      text: 'Đội tuyển đã giành chức vô địch sau khi đánh bại Philippines 3-0 trong trận chung kết.',
      finds: [
        { quote: 'giành chức vô địch', value: { type: 'award' } },
        { quote: 'đánh bại', value: { type: 'match' } }
      ]
    },
    { text: 'Việt Nam đứng đầu bảng tổng sắp huy chương với 205 HCV.', finds: [{ quote: 'đứng đầu', value: { type: 'award' } }] },
    { text: 'U23 Việt Nam vô địch với kỷ lục chưa từng có.', finds: [{ quote: 'vô địch', value: { type: 'award' } }] },
    { text: 'Đội tuyển thắng tối thiểu 1-0 trước Malaysia.', finds: [{ quote: 'thắng', value: { type: 'match' } }] },
    {
      text: 'Đánh bại Thái Lan 3-2, tuyển Việt Nam vô địch ASEAN Cup.',
      finds: [
        { quote: 'Đánh bại', value: { type: 'match' } },
        { quote: 'vô địch', value: { type: 'award' } }
      ]
    },
    { text: 'Ban giám khảo đã trao ngôi vô địch cho đội Phần Lan.', finds: [{ quote: 'trao ngôi vô địch', value: { type: 'award' } }] },
    {
      text: 'U23 Việt Nam đánh bại U23 Thái Lan với tỷ số 1-0.',
      finds: [{ quote: 'đánh bại', value: { type: 'match' } }]
    },
    { text: 'Đội tuyển thắng 3-1 trên sân nhà.', finds: [{ quote: 'thắng', value: { type: 'match' } }] },
    { text: 'U23 Việt Nam vô địch SEA Games 31.', finds: [{ quote: 'vô địch', value: { type: 'award' } }] },
    { text: 'U23 Việt Nam để thua Thái Lan 0-1 ở trận bán kết.', finds: [{ quote: 'để thua', value: { type: 'match' } }] },
    { text: 'Hai đội hòa không bàn thắng.', finds: [{ quote: 'hòa', value: { type: 'match' } }] },
    { text: 'Indonesia thắng Thái Lan trên chấm phạt đền.', finds: [{ quote: 'thắng', value: { type: 'match' } }] },
    {
      text: 'Thủ môn Trần Trung Kiên được trao danh hiệu Thủ môn xuất sắc nhất giải.',
      finds: [{ quote: 'được trao danh hiệu', value: { type: 'award' } }]
    },
    { text: 'Ông được trao Huân chương Lao động hạng Nhất.', finds: [{ quote: 'được trao Huân chương', value: { type: 'award' } }] },
    { text: 'Liên danh Vietur đã trúng thầu gói thầu nhà ga.', finds: [{ quote: 'đã trúng thầu', value: { type: 'award' } }] },
    { text: 'Hải Phòng cầm hòa Hà Nội FC 1-1.', finds: [{ quote: 'cầm hòa', value: { type: 'match' } }] },
    { text: 'Trước đó ở vòng 2, cô hạ tay vợt Nhật Bản Aya Ohori trong 45 phút.', finds: [{ quote: 'hạ', value: { type: 'match' } }] },
    { text: 'Việt Nam cầm hòa Thái Lan.', finds: [{ quote: 'cầm hòa', value: { type: 'match' } }] },
    { text: 'Thắng Singapore 2-0, Việt Nam vào chung kết.', finds: [{ quote: 'Thắng', value: { type: 'match' } }] },
    { text: 'Việt Nam vượt qua Philippines để vào bán kết.', finds: [{ quote: 'vượt qua', value: { type: 'match' } }] },
    {
      text: 'Nguyễn Thùy Linh đánh bại Busanan Ongbamrungphan (Thái Lan) với tỷ số 2-1.',
      finds: [{ quote: 'đánh bại', value: { type: 'match' } }]
    },
    { text: 'Đội tuyển Việt Nam thắng đậm Lào 4-0.', finds: [{ quote: 'thắng', value: { type: 'match' } }] },
    { text: 'Phim Mai đoạt giải Bông Sen Vàng.', finds: [{ quote: 'đoạt giải', value: { type: 'award' } }] },
    { text: 'Indonesia bị Việt Nam đánh bại 0-1.', finds: [{ quote: 'đánh bại', value: { type: 'match' } }] },
    { text: 'Hòa 0-0 với Thái Lan ở lượt đi, Việt Nam vẫn đi tiếp.', finds: [{ quote: 'Hòa', value: { type: 'match' } }] }
  ],
  negative: [
    'Bộ sách mới được độc giả đón nhận bằng sự hào hứng.',
    'Đội bóng sẽ ngược dòng nếu ghi được hai bàn.',
    'Phe Dân chủ thắng Cộng hòa 52-48% trong cuộc thăm dò.',
    'Đội bóng được bầu chọn là niềm hy vọng của người hâm mộ.',
    'Việt Nam có cơ hội đứng đầu bảng tổng sắp.',
    'Giấc mơ vô địch với đội tuyển vẫn còn dang dở.',
    'Việt Nam có cơ hội vô địch lần thứ ba.',
    'Đội chủ nhà gỡ hòa 2-2 ở phút 82.',
    'Hai Long ấn định chiến thắng 3-2 cho Việt Nam.',
    'nhà vô địch SEA Games',
    'Đương kim vô địch Thái Lan.',
    'U23 Việt Nam sẽ gặp U23 Yemen tại vòng loại.',
    'Nhà thầu trúng thầu được lựa chọn theo giá thấp nhất.',
    'Việt Nam vượt qua Thái Lan trở thành nước xuất khẩu gạo lớn nhất.',
    'Đánh bại lạm phát là ưu tiên.',
    'Mục tiêu của đội là giành HCV.',
    'Ở trận này, Linh để thua 18-21 ở game đầu tiên nhưng ngược dòng thắng 21-15, 21-17 ở hai game sau.'
  ]
}

import type { Rule } from '../../../../engine/rule.js'
import { trigger, wordEnd } from '../words.js'

/** Medals and titles: "HCV", "huy chương vàng", "ngôi vô địch", "chức vô địch". */
const prize = String.raw`(?:HCV|HCB|HCĐ|huy chương (?:vàng|bạc|đồng)|Huy chương (?:vàng|bạc|đồng)|tấm HCV|ngôi vô địch|chức vô địch|ngôi vương|danh hiệu|giải thưởng|cúp|Cúp|giải (?:nhất|nhì|ba)|[Hh]uân chương|vô địch)`

/** Matches played and prizes won. */
export const sport: readonly Rule<'event'>[] = [
  // "thắng U23 Thái Lan 1-0", "hòa Malaysia", "đánh bại", "thắng 3-1"; "để thua" is a result, its "để" no purpose;
  // a headline opens with the verb: "Đánh bại Thái Lan 3-2, tuyển Việt Nam vô địch"; the margin may qualify the verb: "thắng tối thiểu 1-0", "thua đậm 0-3".
  trigger(
    'thắng <đội>',
    'match',
    new RegExp(
      String.raw`(?:[Đđ]ánh bại|thắng|[Cc]ầm hòa|[Cc]ầm hoà|(?:để )?(?:hòa|hoà|thua)|[Vv]ượt qua|[Hh]ạ gục|hạ|giành chiến thắng trước|thắng trước|(?:để )?thua trước)(?= (?:đối thủ |đội tuyển |đội )?\p{Lu}[\p{L}\p{N}]*(?: [\p{Lu}\p{N}][\p{L}\p{N}]*)* (?:với tỷ số |tỷ số |\d|trên chấm (?:phạt đền|luân lưu)|sau loạt (?:sút|đá)|(?:ở|tại|trong) (?:trận |lượt )?(?:bán kết|chung kết|tứ kết|vòng bảng|lượt trận|trận đấu)(?![\p{L}\p{M}])))|(?:thắng|hòa|hoà|thua|giành chiến thắng|đè bẹp|vùi dập)(?= (?:(?:đậm|nhọc|tối thiểu|sát nút|cách biệt|thuyết phục|kịch tính|ngược|nhẹ nhàng|nghẹt thở) )?(?:với tỷ số |tỷ số )?\d+[-–]\d+)|(?:hòa|hoà)(?= không bàn thắng)|(?:chiến thắng|thắng lợi|trận thắng|trận hòa|trận thua) \d+[-–]\d+|(?:trận )?chung kết(?= [^.;]{0,40}?\d+[-–]\d+)`,
      'u'
    ),
    // "gỡ hòa 2-2 ở phút 82", "ấn định chiến thắng 3-2", "nâng tỷ số": a goal inside a match, no match of its own.
    { notBefore: /(?:gỡ|ấn định|nâng|rút ngắn|san bằng)\s+$/u }
  ),
  // "Việt Nam đứng đầu bảng tổng sắp huy chương", "xếp thứ nhất toàn đoàn": a delegation tops the medal table, as "topped" does.
  trigger(
    'đứng đầu bảng tổng sắp',
    'award',
    /(?:đã )?(?:đứng đầu|dẫn đầu|xếp thứ nhất|xếp hạng nhất|giành ngôi nhất)(?= (?:bảng tổng sắp|toàn đoàn)(?![\p{L}\p{M}]))/u
  ),
  // "trúng thầu gói thầu số 5", "thắng thầu": a tender won.
  trigger('trúng thầu', 'award', /(?:đã )?(?:trúng thầu|thắng thầu)(?![\p{L}\p{M}])/u, {
    notBefore: /(?:[Nn]hà thầu|[Nn]hà|đơn vị|giá|kết quả|chỉ định)\s+$/u
  }),
  // "vô địch", "giành HCV", "đoạt huy chương vàng", "đăng quang", "lên ngôi"; the giver's side: "trao ngôi vô địch cho đội Phần Lan".
  trigger(
    'vô địch',
    'award',
    new RegExp(
      String.raw`(?:giành|đoạt|giành được|đoạt được|mang về|nhận|được trao|bảo vệ thành công|lên ngôi|đăng quang)(?: (?:tấm |chiếc |thêm |\d+ |một )?)?${prize}${wordEnd}|(?:trao|trao tặng) ${prize}${wordEnd}(?= cho )|(?:đã |lần thứ \p{L}+ |lần đầu )?(?:vô địch|đăng quang|lên ngôi)(?= (?:\p{Lu}|\d|(?:giải|Giải|môn|nội dung|lần|với|khi|sau|trên|tại|ở|trong|nhờ|bằng|một cách|đầy|thuyết phục|xứng đáng)(?![\p{L}\p{M}]))|[,.;]|$)`,
      'u'
    ),
    { notBefore: /(?:ngôi|chức|nhà|đương kim|cựu|ứng viên|khát khao|mục tiêu|giấc mơ|ước mơ|tham vọng|hy vọng|danh hiệu)\s+$/iu }
  )
]

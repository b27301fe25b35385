import type { Rule } from '../../../../engine/rule.js'
import { trigger, wordEnd } from '../words.js'

/** Medals and titles: "HCV", "huy chương vàng", "ngôi vô địch", "chức vô địch", "ngôi á quân", "Quả bóng vàng". */
const prize = String.raw`(?:HCV|HCB|HCĐ|huy chương (?:vàng|bạc|đồng)|Huy chương (?:vàng|bạc|đồng)|tấm HCV|ngôi vô địch|chức vô địch|ngôi vương|ngôi (?:á quân|quán quân|hoa hậu|á hậu)|Quả bóng (?:vàng|bạc|đồng)|Chiếc giày (?:vàng|bạc|đồng)|danh hiệu|giải thưởng|cúp|Cúp|giải (?:nhất|nhì|ba)|[Hh]uân chương|giải(?= \p{Lu})|vô địch)`

/** Matches played and prizes won. */
export const sport: readonly Rule<'event'>[] = [
  // "thắng U23 Thái Lan 1-0", "hòa Malaysia", "đánh bại", "thắng 3-1"; "để thua" is a result, its "để" no purpose;
  // a headline opens with the verb: "Đánh bại Thái Lan 3-2, tuyển Việt Nam vô địch"; a side's name may hold lower-case syllables: "thua Công an Hà Nội 0-2"; the margin may qualify the verb: "thắng tối thiểu 1-0", "thua đậm 0-3".
  trigger(
    'thắng <đội>',
    'match',
    new RegExp(
      String.raw`(?:[Đđ]ánh bại|[Tt]hắng|[Cc]ầm hòa|[Cc]ầm hoà|(?:để )?(?:[Hh]òa|[Hh]oà|[Tt]hua)|[Vv]ượt qua|[Hh]ạ gục|hạ|loại|giành chiến thắng trước|thắng trước|(?:để )?thua trước)(?= (?:(?:đậm|nhọc|sát nút|tối thiểu|ngược|thuyết phục|kịch tính|nghẹt thở|cách biệt) )?(?:đối thủ |đội tuyển |đội )?\p{Lu}[\p{L}\p{N}]*(?: [\p{Lu}\p{N}][\p{L}\p{N}]*)*(?: \([^)]{1,30}\))?,? (?:với (?:tổng )?tỷ số |(?:tổng )?tỷ số |\d|trên chấm (?:phạt đền|luân lưu)|sau loạt (?:sút|đá)|sau (?:hai )?hiệp phụ|(?:ở|tại|trong) (?:trận |lượt )?(?:bán kết|chung kết|tứ kết|vòng bảng|lượt trận|trận đấu)(?![\p{L}\p{M}])|(?:để )?(?:vào|lọt vào|tiến vào|giành vé vào|góp mặt ở|giành quyền vào) (?:bán kết|chung kết|tứ kết|vòng)))|(?:[Tt]hắng|(?:để )?(?:(?<![Cc]ộng )(?:[Hh]òa|[Hh]oà)|[Tt]hua)|giành chiến thắng|đè bẹp|vùi dập)(?= (?:(?:đậm|nhọc|tối thiểu|sát nút|cách biệt|thuyết phục|kịch tính|ngược|nhẹ nhàng|nghẹt thở) )?(?:với tỷ số |tỷ số )?\d+[-–]\d+)|(?:hòa|hoà)(?= không bàn thắng)|(?:[Đđ]ánh bại|[Tt]hắng|[Tt]hua|[Hh]òa|[Hh]oà)(?= (?:đội |CLB )?\p{Lu}[^.;,\d]{0,30}? \d+[-–]\d+(?![\d%]))|(?:[Hh]òa|[Hh]oà|thắng|thua) nhau(?= (?:với tỷ số |tỷ số )?\d+[-–]\d+)|(?:chiến thắng|thắng lợi|trận thắng|trận hòa|trận thua) \d+[-–]\d+|(?:[Tt]rận )?chung kết(?= [^.;]{0,60}?\d+[-–]\d+)`,
      'u'
    ),
    // "gỡ hòa 2-2 ở phút 82", "ấn định chiến thắng 3-2", "nâng tỷ số": a goal inside a match, no match of its own ("Cộng hòa" is a republic);
    // "thắng 21-15, 21-17 ở hai game sau": the games of a match told before.
    {
      notBefore: /(?:gỡ|ấn định|nâng|rút ngắn|san bằng)\s+$/u,
      notAfter: /^ (?:\d+[-–]\d+,? )+(?:ở|trong) (?:\p{L}+ ){0,2}?(?:game|set|séc|ván|hiệp)(?![\p{L}\p{M}])/u
    }
  ),
  // "Indonesia bị Việt Nam đánh bại 0-1": the loser's side, its winner named between.
  trigger('bị <đội> đánh bại', 'match', /(?:đánh bại|cầm hòa|cầm hoà|loại|hạ gục|vượt qua)(?![\p{L}\p{M}])/u, {
    needsBefore: /(?:^|[^\p{L}\p{M}])bị (?:đội tuyển |đội |tuyển )?\p{Lu}[\p{L}\p{N}]*(?: [\p{Lu}\p{N}][\p{L}\p{N}]*){0,3} $/u
  }),
  // "hạ tay vợt Nhật Bản Aya Ohori", "đánh bại tay vợt số 1 thế giới", "cầm hòa đội chủ nhà": a player or a side named by its role;
  // "đánh bại", "cầm hòa" need no more than a name ("Việt Nam cầm hòa Thái Lan").
  trigger(
    'hạ tay vợt <tên>',
    'match',
    /(?:[Đđ]ánh bại|[Cc]ầm hòa|[Cc]ầm hoà|[Hh]ạ gục|[Hh]ạ|[Tt]hắng|(?:để )?thua|[Vv]ượt qua|[Ll]oại)(?= (?:(?:đậm|nhọc|sát nút|ngược|thuyết phục|kịch tính|nghẹt thở) )?(?:tay vợt|võ sĩ|kỳ thủ|cơ thủ|golf thủ|VĐV|vận động viên|đương kim vô địch|cựu vô địch|nhà vô địch|hạt giống|chủ nhà|đội chủ nhà|đội khách|tuyển)(?![\p{L}\p{M}]))|(?:[Đđ]ánh bại|[Cc]ầm hòa|[Cc]ầm hoà)(?= (?:đội tuyển |đội )?\p{Lu})/u,
    // "đánh bại đối thủ chính trị", "đánh bại lạm phát" are no games: a side or a player must be named.
    { notBefore: /(?:gỡ|ấn định|nâng|rút ngắn|san bằng)\s+$/u }
  ),
  // "Việt Nam đứng đầu bảng tổng sắp huy chương", "xếp thứ nhất toàn đoàn": a delegation tops the medal table, as "topped" does.
  trigger(
    'đứng đầu bảng tổng sắp',
    'award',
    /(?:đã )?(?:đứng đầu|dẫn đầu|xếp thứ nhất|xếp hạng nhất|giành ngôi nhất)(?= (?:bảng tổng sắp|toàn đoàn)(?![\p{L}\p{M}]))/u
  ),
  // "được bầu là Vận động viên xuất sắc nhất giải", "được bầu chọn là Cầu thủ hay nhất": a title voted, no office.
  trigger(
    'được bầu là <danh hiệu> xuất sắc nhất',
    'award',
    /(?:được |đã được )(?:bầu chọn|bầu|vinh danh|chọn) (?:là|làm)(?= [^.;,]{0,40}? (?:xuất sắc nhất|hay nhất|tiêu biểu nhất|giá trị nhất)(?![\p{L}\p{M}]))/u
  ),
  // "Ngược dòng trước Myanmar, tuyển nữ vào chung kết": a headline tells a win from behind by the comeback alone.
  trigger('ngược dòng trước <đội>', 'match', /[Nn]gược dòng(?= trước (?:đội tuyển |đội |tuyển )?\p{Lu})/u),
  // "trao bằng công nhận bảo vật quốc gia cho tỉnh", "đón nhận Bằng xếp hạng di tích quốc gia đặc biệt", "nhận Bằng khen của Thủ tướng":
  // a certificate of honour handed or received in a ceremony ("được đón nhận bằng sự hào hứng" is a manner, no certificate).
  trigger(
    'đón nhận bằng công nhận',
    'award',
    /(?:đón nhận|đón|nhận|trao|trao tặng) (?:[Bb]ằng công nhận|[Bb]ằng khen|[Bb]ằng(?= (?:xếp hạng|chứng nhận|của \p{Lu})))(?![\p{L}\p{M}])/u
  ),
  // "trúng thầu gói thầu số 5", "thắng thầu": a tender won.
  trigger('trúng thầu', 'award', /(?:đã )?(?:trúng thầu|thắng thầu)(?![\p{L}\p{M}])/u, {
    notBefore: /(?:[Nn]hà thầu|[Nn]hà|đơn vị|giá|kết quả|chỉ định)\s+$/u
  }),
  // "vô địch", "giành HCV", "đoạt huy chương vàng", "đăng quang", "lên ngôi"; the giver's side: "trao ngôi vô địch cho đội Phần Lan",
  // "trao Huân chương Lao động hạng Nhất cho Tập đoàn Viettel".
  trigger(
    'vô địch',
    'award',
    new RegExp(
      String.raw`(?:giành|đoạt|giành được|đoạt được|mang về|nhận|được trao|bảo vệ thành công|lên ngôi|đăng quang)(?: (?:tấm |chiếc |thêm |\d+ |một )?)?${prize}${wordEnd}|(?:trao|trao tặng) ${prize}${wordEnd}(?= (?:[^.;,]{0,40}? )?cho )|(?:được |đã được )vinh danh(?= (?:tại|ở) )|(?:đã |lần thứ \p{L}+ |lần đầu )?(?:vô địch|đăng quang|lên ngôi)(?= (?:\p{Lu}|\d|(?:giải|Giải|môn|nội dung|lần|với|khi|sau|trên|tại|ở|trong|nhờ|bằng|một cách|đầy|thuyết phục|xứng đáng)(?![\p{L}\p{M}]))|[,.;]|$)`,
      'u'
    ),
    // "Mục tiêu của đội là giành HCV": a goal, named before the prize.
    {
      notBefore:
        /(?:ngôi|chức|nhà|đương kim|cựu|ứng viên|khát khao|mục tiêu|giấc mơ|ước mơ|tham vọng|hy vọng|danh hiệu)\s+$|(?:mục tiêu|nhiệm vụ|giấc mơ|ước mơ|tham vọng)[^.;,]{0,30} là\s+$/iu
    }
  )
]

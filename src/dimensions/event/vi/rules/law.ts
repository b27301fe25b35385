import type { Rule } from '../../../../engine/rule.js'
import { trigger, wordEnd } from '../words.js'

/** A count of years or months, in digits or words. */
const count = String.raw`(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`

/**
 * A prison term or a penalty: "7 năm tù", "6 năm 6 tháng tù", "tổng mức án 6 năm", "mức án từ 2 năm", "lần lượt 7 năm",
 * a range ("từ 3 đến 12 năm tù", "3-5 năm"), "tử hình", "chung thân".
 */
const penalty = String.raw`(?:(?:mức |tổng mức án |mức án |bản án |án |từ |tổng cộng |lần lượt )*(?:${count} ?(?:đến|tới|-|–) ?)?${count} (?:năm|tháng)|(?:án |mức án )?(?:tử hình|chung thân|tù chung thân))`

/** The verbs of a person charged or held, as one of two joined ("khởi tố, bắt tạm giam"). */
const held = String.raw`(?:[Kk]hởi tố(?: bị can)?|[Bb]ắt(?: giữ| tạm giam| giam| khẩn cấp| (?:bị can )?để tạm giam)?|[Tt]ạm giữ(?: hình sự)?|[Tt]ạm giam|truy tố)`

/** Court rulings and sentences, arrests and prosecutions, suits filed. */
export const law: readonly Rule<'event'>[] = [
  // "tuyên phạt 28 bị cáo", "lĩnh 3 năm tù", "nhận 2 năm tù", "bị xử từ 15 tháng tù", "chịu tổng mức án 6 năm",
  // "Tòa tuyên bị cáo Trương Văn A án tử hình", "xử phạt bị cáo H 2 năm tù", "được giảm án", "nhận từ 3 đến 12 năm tù", "Hai bị cáo được hưởng án treo" (a suspended sentence of its own; "nhưng cho hưởng án treo" only qualifies one).
  trigger(
    'tuyên phạt',
    'ruling',
    new RegExp(
      String.raw`(?:[Tt]uyên phạt|[Kk]ết án|tuyên y án|y án|được hưởng án treo)${wordEnd}|(?:tuyên|phạt|lĩnh|lãnh|nhận|chịu|bị xử|bị phạt|bị tuyên|xử phạt)(?= ${penalty})|(?:bị |tuyên |xử )?phạt tù(?= ${count} (?:năm|tháng))|(?:tuyên|xử phạt|xử|kết án)(?= (?:các |hai |ba |\d+ )?(?:bị cáo|cựu|nguyên|ông|bà) (?:[^.;,]{0,40}? )?${penalty})|(?:được |tuyên )?giảm án${wordEnd}`,
      'u'
    ),
    // "xin giảm án", "kháng cáo đề nghị giảm án": a plea, no ruling.
    { notBefore: /(?:đề nghị|khung hình phạt|có thể|đối mặt với|xin|kêu gọi)\s+(?:\p{L}+\s+)?$/u }
  ),
  trigger(
    'tuyên án',
    'ruling',
    new RegExp(
      String.raw`(?:giữ nguyên (?:bản )?án|(?:ra|hủy bỏ|hủy|bác bỏ|giữ nguyên) phán quyết|[Tt]uyên án|tuyên(?: bố)? (?:các |hai |\d+ )?(?:bị cáo )?(?:\p{Lu}[\p{L}\p{M}]* ){0,4}?(?:không phạm tội|phạm tội|vô tội)|bác (?:toàn bộ )?(?:đơn )?kháng cáo|(?:tuyên|xử) trắng án|tuyên (?:hủy|sửa) án|hủy (?:toàn bộ |một phần )?bản án|phán quyết(?= (?:rằng|cựu|bị cáo|ông|bà|công ty|chính phủ|\p{Lu}[\p{L}\p{M}]*)))${wordEnd}`,
      'u'
    ),
    // "Tòa án Tối cao phán quyết cựu Thủ tướng phải ngồi tù": the verb, its party after it. "kể từ ngày tuyên án": the day of a ruling told before, no ruling of its own.
    { notBefore: /(?:ngày|chờ|trước khi|sau khi)\s+$/u }
  ),
  // "Cảnh sát đã bắt 5 nghi phạm", "bắt một đối tượng": people taken, by their number or their role.
  trigger(
    'bắt <n> nghi phạm',
    'arrest',
    /(?:đã )?bắt(?= (?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|hàng chục|thêm) (?:nghi phạm|nghi can|đối tượng|người|kẻ|bị can|phần tử)(?![\p{L}\p{M}])|(?: thêm)? (?:nghi phạm|nghi can|kẻ|đối tượng)(?![\p{L}\p{M}]))/u
  ),
  trigger(
    'bắt giữ',
    'arrest',
    new RegExp(
      String.raw`(?:[Kk]hởi tố(?= (?:thêm )?(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều) bị can)|[Bb]ắt giữ|[Bb]ắt tạm giam|[Bb]ắt giam|(?:ra )?lệnh bắt (?:bị can|tạm giam|khẩn cấp)(?: để tạm giam)?|[Tt]ạm giữ|[Bb]ắt khẩn cấp|[Kk]hởi tố bị can|[Kk]hởi tố vụ án|bị bắt|[Bb]ắt quả tang|[Tt]ruy tố|bị truy nã|[Dd]ẫn độ)${wordEnd}`,
      'u'
    )
  ),
  // "Khởi tố, bắt tạm giam nguyên Chủ tịch tỉnh", "ra quyết định khởi tố bị can, lệnh bắt tạm giam đối với ông A", "bị bắt và khởi tố":
  // one person charged and held, one happening.
  trigger(
    'khởi tố, bắt tạm giam',
    'arrest',
    new RegExp(String.raw`(?:(?:đã )?ra quyết định )?${held}(?:,| và|, và) (?:bị |ra )?(?:quyết định |lệnh )?${held}${wordEnd}`, 'u')
  ),
  // "Công an tỉnh vừa triệt phá đường dây đánh bạc", "phá băng nhóm": a ring broken up, its members taken ("phá băng" alone breaks the ice).
  trigger(
    'triệt phá <đường dây>',
    'arrest',
    /(?:đã |vừa )?(?:triệt phá|phá)(?= (?:thành công )?(?:một |\d+ )?(?:đường dây|băng nhóm|băng cướp|băng trộm|ổ nhóm|tụ điểm)(?![\p{L}\p{M}]))/u
  ),
  // "Vụ án được Cơ quan Cảnh sát điều tra khởi tố", "ông A bị khởi tố": a prosecution told in the passive.
  trigger('<vụ án> được <cơ quan> khởi tố', 'arrest', new RegExp(String.raw`khởi tố${wordEnd}(?! (?:bị can|vụ án))`, 'u'), {
    needsBefore: /(?:^|[^\p{L}\p{M}])(?:được|bị|đã bị)(?: [^.;,]{0,60})? $/u
  }),
  // "TAND vừa thụ lý đơn khởi kiện của ca sĩ A": the suit told by the court that accepted it; "Apple bị kiện vì", "bị các nhà nhập khẩu
  // kiện ra Tòa": the side sued; "đệ đơn lên Tòa án ... kiện hội đồng quản trị": the petition, then whom it sues.
  trigger(
    'khởi kiện',
    'lawsuit_filed',
    new RegExp(
      String.raw`(?<![\p{L}\p{M}])(?:đệ đơn kiện|nộp đơn kiện|khởi kiện|kiện)(?= (?:\p{Lu}|(?:ra tòa|lên tòa|ra Tòa|lên Tòa|công ty|tập đoàn|đối tác|doanh nghiệp|chủ đầu tư|một|các|những|nhiều|\d|cơ quan|ngân hàng|chính quyền|cá nhân)(?![\p{L}\p{M}])))|(?:nộp|gửi|thụ lý) đơn (?:khởi kiện|kiện)${wordEnd}|bị (?:(?:\p{L}+ ){1,4}?)?kiện(?= (?:ra|lên|vì|về|đòi|tại)${wordEnd})|bị kiện${wordEnd}|(?:đệ|nộp|gửi) đơn(?= (?:lên|ra|tới|đến) (?:Tòa|tòa)[^.;]{0,60}? (?:kiện|khởi kiện)${wordEnd})`,
      'u'
    ),
    // "Sự kiện Văn hóa", "điều kiện", "bưu kiện": the syllable of another word; "vụ kiện" names a suit, no filing.
    { notBefore: /(?:[Ss]ự|[Đđ]iều|[Bb]ưu|[Ll]inh|[Pp]hụ|[Tt]ài|[Vv]ăn|[Vv]ụ|[Hh]iện)\s+$/u }
  )
]

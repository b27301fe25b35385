import type { Rule } from '../../../engine/rule.js'
import { trigger } from '../helpers.js'

/** Words before a trigger that make it a plan, a wish or a possibility rather than a report. */
const planned =
  /(?:sẽ|sớm|dự kiến|dự định|chuẩn bị(?: cho)?|kế hoạch|có thể|mong muốn|đề nghị|nhằm|tiến tới|hướng tới|phấn đấu|mục tiêu)\s+(?:\p{L}+\s+){0,2}$/iu

/** An embassy: "Đại sứ quán", "sứ quán". */
const embassy = String.raw`(?:Đại sứ quán|đại sứ quán|sứ quán)`

/** An office that is not an embassy: a trade office, a consulate. */
const office = String.raw`(?:Văn phòng (?:thương mại|Thương mại|đại diện|Đại diện|Thương vụ|xúc tiến thương mại)|(?:Tổng )?Lãnh sự quán|Thương vụ)`

/** What an agreement is called, for "ký <agreement>". */
const agreement = String.raw`(?:Hiệp định|hiệp định|Biên bản ghi nhớ|biên bản ghi nhớ|Bản ghi nhớ|bản ghi nhớ|Thỏa thuận|thỏa thuận|Thoả thuận|thoả thuận|Hiệp ước|hiệp ước|Nghị định thư|nghị định thư|Công ước|công ước|Tuyên bố chung|các văn kiện|văn kiện|hợp đồng|các thỏa thuận|các hiệp định)`

export const rules: readonly Rule<'event'>[] = [
  trigger('lập quan hệ ngoại giao', 'relations_established', /(?:chính thức )?(?:thiết lập|lập) quan hệ ngoại giao/u, { planned }),
  trigger(
    'lập|mở Đại sứ quán',
    'embassy_opened',
    new RegExp(String.raw`(?:đã )?(?:thành lập|lập|mở|khai trương)(?: lại)? ${embassy}`, 'u'),
    { planned, reopened: /lại/u }
  ),
  trigger('rút|đóng cửa Đại sứ quán', 'embassy_closed', new RegExp(String.raw`(?:(?:phải|đã) )?(?:đóng cửa|rút) ${embassy}`, 'u'), {
    planned
  }),
  trigger('rút', 'embassy_closed', /(?:(?:phải|đã) )?rút(?= (?:năm|vào|khỏi|về|tháng)\b|[,.;]|$)/u, {
    planned,
    needsBefore: new RegExp(embassy, 'u')
  }),
  trigger('lập Văn phòng', 'office_opened', new RegExp(String.raw`(?:thành lập|lập|mở|khai trương)(?: lại)? ${office}`, 'u'), { planned }),
  trigger('lập <...> và Văn phòng', 'office_opened', new RegExp(office, 'u'), {
    planned,
    needsBefore: /(?:thành lập|lập|mở|khai trương)(?: lại)? [^.;]*\svà\s$/u
  }),
  trigger('ký <văn kiện>', 'agreement_signed', new RegExp(String.raw`(?:đã )?ký(?: kết)?(?= (?:chính thức )?${agreement})`, 'u'), {
    planned
  }),
  trigger(
    'khởi động đàm phán',
    'negotiations_launched',
    /(?:chính thức )?(?:khởi động|bắt đầu|mở) (?:các |cuộc |vòng )?(?:cuộc )?đàm phán/u,
    { planned }
  ),
  trigger(
    'thăm <nơi>',
    'visit',
    /(?:(?:các |những |cuộc |chuyến |đoàn )?(?:chuyến |đoàn )?thăm(?: chính thức| cấp nhà nước| làm việc)?)(?= (?:của )?\p{Lu})/u,
    { planned }
  ),
  // Receiving a guest of office: "tiếp Đại sứ Ấn Độ", "tiếp xã giao Bộ trưởng", "tiếp đón đoàn" (not "tiếp tục", "tiếp nhận").
  trigger(
    'tiếp <khách>',
    'meeting',
    /(?:đã )?tiếp(?: xã giao| đón)?(?= (?:Đại sứ|Bộ trưởng|Thứ trưởng|Thủ tướng|Phó Thủ tướng|Chủ tịch|Phó Chủ tịch|Tổng thống|Phó Tổng thống|Tổng Bí thư|Tổng Thư ký|Tổng Lãnh sự|Thống đốc|Ngài|[Đđ]oàn|ông|bà)(?![\p{L}\p{M}]))/u,
    { planned }
  ),
  trigger(
    'tiếp xúc|hội đàm',
    'meeting',
    /(?:(?:một vài|các|những|nhiều) )?(?:cuộc )?(?:tiếp xúc|hội đàm|hội kiến|gặp gỡ|điện đàm)(?! (?:này|đó))/u,
    { planned }
  ),
  trigger(
    'Kỳ họp thứ <n>',
    'meeting',
    /(?:Kỳ họp|kỳ họp|Phiên họp|phiên họp)(?: lần)? thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)/u,
    { planned }
  ),
  trigger('lần thứ <n> tại <nơi>', 'meeting', /[Ll]ần (?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)|\d+)(?= (?:tại|ở) \p{Lu})/u, {
    planned,
    needsNearby: /(?:[Kk]ỳ họp|[Pp]hiên họp|cuộc họp|họp|[Hh]ội nghị)/u
  }),
  trigger(
    'Hội nghị <tên>',
    'conference',
    /(?:Hội nghị|Hội thảo|Diễn đàn)(?: thượng đỉnh| cấp cao| quốc tế| Bộ trưởng)?(?= \p{Lu}| \p{Ll}+ \p{Lu})/u,
    { planned }
  ),
  trigger('dự <viết tắt>', 'conference', /(?:tham )?dự(?= \p{Lu}{2,})/u, { planned }),
  trigger('ủng hộ <bên>', 'support_pledged', /(?:đã )?ủng hộ(?= \p{Lu})/u, { planned }),
  trigger(
    'đưa <chỉ tiêu> lên <số>',
    'target_set',
    /(?:(?:nhất trí|quyết tâm|cam kết|thống nhất|phấn đấu) )?đưa [^,.;:]{1,60}? (?:lên|vượt(?: mốc)?|đạt)(?= (?:mức |khoảng |hơn |trên )?\d)/u,
    {}
  ),
  trigger('hướng tới mục tiêu', 'target_set', /(?:hướng tới|hướng đến|đặt ra|đề ra|đặt) (?:các |những )?mục tiêu/u, {})
]

import { alternation } from '../../../engine/alternation.js'
import { triggers, alternationWithCapitals } from '../helpers.js'

/**
 * Words before a trigger that make it unreal: a plan, a wish or a
 * possibility ("sẽ thăm", "dự kiến ký", "sắp thăm"), a purpose ("nhằm",
 * "để"), a need ("cần"), a denial ("chưa ký", "không"), a condition ("nếu").
 * A threat or a risk ("đe dọa áp thuế", "có nguy cơ phải đóng cửa") is no deed either, nor a forecast ("Dự báo bão số 4
 * đổ bộ"); a denial opens a sentence too ("Không có người thiệt mạng", "Chưa ghi nhận").
 * "hàng không" is aviation, no denial: "Hãng hàng không Vietjet đã khai trương". A date set
 * ("ấn định tổng tuyển cử sớm vào ngày 14/11", "lên lịch") is a plan too, and so is an intent to do more
 * ("nhất trí tăng cường các chuyến thăm cấp cao", "thúc đẩy ký kết", "duy trì các cuộc gặp cấp cao"), a chance ("có cơ hội vô địch") and a deed named as a
 * topic ("Việc ký kết hiệp định sẽ mở ra cơ hội mới"; not "hoàn tất việc bán 25% cổ phần", which tells it done).
 * "sau khi" is "after", a deed done ("sau khi đánh bại Philippines 3-0"), no condition; "bồi thường" is compensation
 * and "khác thường" unusual, no habit ("khởi kiện công ty đòi bồi thường").
 */
const unreal =
  /(?:^|[^\p{L}\p{M}])(?:sẽ|sắp|sớm|dự kiến|dự định|chuẩn bị(?: cho)?|kế hoạch|có thể|mong muốn|muốn|đề nghị|đề xuất|nhằm|để|tiến tới|hướng tới|phấn đấu|mục tiêu|cần|nên|chưa|Chưa|(?<!hàng )không|Không|dự báo|Dự báo|đe dọa|đe doạ|dọa|doạ|nguy cơ|chẳng|nếu|Nếu|(?<!(?:trong|sau|Sau) )khi|Khi|mời|ấn định|lên lịch|tăng cường|đẩy mạnh|thúc đẩy|duy trì|cơ hội|khả năng|(?<!(?:hoàn tất|hoàn thành|tiến hành|thực hiện) )việc|Việc|hy vọng|thường xuyên|(?<!(?:bình|bất|thông|bồi|khác|phi|dị|tầm) )thường(?! (?:trực|vụ|kỳ|niên))|luôn|hay|hi vọng|kỳ vọng)\s+(?:[\p{L}\p{M}]+\s+){0,2}$/u

/**
 * "sẽ cùng chủ trì buổi gặp ..., đồng thời cùng chủ trì cuộc gặp": a future
 * ("Theo kế hoạch, nhà máy đi vào hoạt động từ năm 2024") or a habit ("thường
 * xuyên trao đổi đoàn và gặp gỡ bên lề các hội nghị") reaches the triggers after it, over commas, until a word says what did
 * happen (đã, vừa, từng) or a semicolon, colon or sentence end ("Theo chương trình, ... sẽ thăm TP.HCM, dự diễn đàn và gặp gỡ": the dot
 * of an abbreviation ends nothing). A report denied ("bác bỏ thông tin cho rằng các nhà máy
 * ở Chittagong cũng đã đóng cửa") reaches to the sentence end, its "đã" included: what it tells did not happen.
 */
const futureScope =
  /(?:^|[^\p{L}\p{M}])(?:(?:sẽ|sắp|dự kiến|dự định|[Tt]heo (?:kế hoạch|lộ trình|dự kiến|chương trình)|thường xuyên)(?![\p{L}\p{M}])(?:(?!(?:đã|vừa|từng)(?![\p{L}\p{M}]))(?:[^;:.!?]|\.(?=\p{L})))*|(?:bác bỏ|phủ nhận|bác) (?:các |những )?(?:thông tin|tin đồn|cáo buộc)(?![\p{L}\p{M}])[^;:.!?]*)$/u

/** "Vòng đàm phán thứ hai dự kiến diễn ra vào tháng 6", "hội nghị sẽ được tổ chức": the noun's own verb tells a plan. */
const futureAfter = /^[^.;:!?,]{0,40}?(?:^|[^\p{L}\p{M}])(?:sẽ|sắp|dự kiến|dự định)(?![\p{L}\p{M}])/u

/** "Lũ lụt thường xảy ra", "các cuộc gặp như vậy được tổ chức hằng năm": a habit, no happening ("gạo trắng thông thường" is ordinary rice, "quan hệ thương mại bình thường" normal trade, no habit). */
const habitAfter =
  /^[^.;:!?,]{0,40}?(?:^|[^\p{L}\p{M}])(?:(?<!(?:thông|bình|bất|bồi|khác|phi|dị|tầm) )thường(?! (?:kỳ|trực|trú|niên|vụ|dân|lệ))|thường xuyên|hằng năm|hàng năm|như vậy|có thể)(?![\p{L}\p{M}])/u

/**
 * A sentence that characterizes a happening already told: "Đây là lần đầu Thủ tướng thăm chính thức Nhật Bản",
 * "Đây là cuộc bầu cử tổng thống đầu tiên ... kể từ", up to its first comma: "..., khi làn sóng biểu tình khiến Tổng thống từ chức" tells a
 * happening of its own. The line's start counts as a sentence start: lines end without a space.
 */
const restated = /(?:(?:^|\n)(?:Đây|Đó|Đấy)(?: cũng)? (?:sẽ )?(?:là|được xem là|được coi là)(?![\p{L}\p{M}])[^,;:\n]*)$/u

/** The trigger rules of Vietnamese. */
export const trigger = triggers({ unreal, futureScope, futureAfter, habitAfter, restated })

/** Not inside a word: what must follow a Vietnamese word that ends a trigger. */
export const wordEnd = String.raw`(?![\p{L}\p{M}])`

/** A diplomatic mission: an embassy ("Đại sứ quán", "sứ quán") or a consulate, as English "embassy" and "consulate" are. */
export const embassy = String.raw`(?:Đại sứ quán|đại sứ quán|sứ quán|(?:Tổng )?[Ll]ãnh sự quán)`

/** An office that is no diplomatic mission: a trade or representative office. */
export const office = String.raw`(?:(?:Văn phòng|văn phòng) (?:thương mại|Thương mại|đại diện|Đại diện|Thương vụ|xúc tiến thương mại)|Thương vụ)`

/** What an agreement is called, for "ký <agreement>". */
export const agreement = `(?:${alternation([
  'Hiệp định',
  'hiệp định',
  'Biên bản ghi nhớ',
  'biên bản ghi nhớ',
  'Bản ghi nhớ',
  'bản ghi nhớ',
  'MoU',
  'MOU',
  'Thỏa thuận',
  'thỏa thuận',
  'Thoả thuận',
  'thoả thuận',
  'Hiệp ước',
  'hiệp ước',
  'Nghị định thư',
  'nghị định thư',
  'Công ước',
  'công ước',
  'Tuyên bố chung',
  'các văn kiện',
  'văn kiện',
  'hợp đồng',
  'biên bản',
  'Biên bản',
  'Chương trình hợp tác',
  'chương trình hợp tác',
  'Kế hoạch hành động',
  'các thỏa thuận',
  'các hiệp định'
])})`

/** Titles of a guest one receives ("tiếp Đại sứ Ấn Độ", "tiếp Thị trưởng thành phố Busan", "tiếp đón đoàn"). */
export const guestTitle = `(?:${alternation([
  'Đại sứ',
  'Bộ trưởng',
  'Thứ trưởng',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Tổng thống',
  'Phó Tổng thống',
  'Tổng Bí thư',
  'Tổng Thư ký',
  'Tổng Lãnh sự',
  'Thống đốc',
  'Tổng Giám đốc',
  'Giám đốc',
  'Giám đốc điều hành',
  'Trưởng đại diện',
  'Trưởng đoàn',
  'Thị trưởng',
  'Phó Thị trưởng',
  'Tỉnh trưởng',
  'Thống đốc bang',
  'Thượng nghị sĩ',
  'Hạ nghị sĩ',
  'Nghị sĩ',
  'Ngoại trưởng',
  'Tư lệnh',
  'Đặc phái viên',
  'Phái đoàn',
  'phái đoàn',
  'Phu nhân',
  'lãnh đạo',
  'Lãnh đạo',
  'Quốc vương',
  'Nhà vua',
  'Hoàng tử',
  'Thái tử',
  'Công chúa',
  'Ngài',
  'Đoàn',
  'đoàn',
  'ông',
  'bà'
])})${wordEnd}`

/** What strikes as a disaster: storms, floods, landslides, quakes, fires, heat, salinity. */
const hazardWords = [
  'bão',
  'siêu bão',
  'áp thấp nhiệt đới',
  'mưa lũ',
  'mưa lớn',
  'mưa to',
  'lũ lụt',
  'lũ quét',
  'lũ ống',
  'lũ cuốn trôi',
  'lũ cuốn',
  'lũ',
  'ngập lụt',
  'ngập úng',
  'sạt lở đất',
  'sạt lở',
  'lở đất',
  'động đất',
  'núi lửa phun trào',
  'núi lửa',
  'sóng thần',
  'hạn hán',
  'hạn mặn',
  'xâm nhập mặn',
  'nước mặn',
  'ranh mặn',
  'cháy rừng',
  'hỏa hoạn',
  'hoả hoạn',
  'nắng nóng',
  'rét đậm',
  'rét hại',
  'mưa đá',
  'lốc xoáy',
  'giông lốc',
  'triều cường',
  'sụt lún',
  'tai nạn giao thông',
  'tai nạn'
]

/** A hazard at the start of a sentence or inside it ("Floods", "floods"). */
export const hazard = `(?:${alternationWithCapitals(hazardWords)})${wordEnd}`

/** A hazard inside a sentence, after another it is joined to ("floods and landslides"). */
export const hazardInside = `(?:${alternation(hazardWords, { caseSensitive: true })})${wordEnd}`

/** Verbs of a hazard striking or causing harm: "bão đổ bộ", "sạt lở đất làm 40 người chết", "lũ quét khiến". */
export const impact = `(?:${alternation([
  'đổ bộ',
  'rung chuyển',
  'hoành hành',
  'thiêu rụi',
  'nhấn chìm',
  'đi qua',
  'quét qua',
  'càn quét',
  'tràn qua',
  'tràn vào',
  'tàn phá',
  'cuốn trôi',
  'vùi lấp',
  'ập đến',
  'ập vào',
  'xảy ra',
  'gây ra',
  'gây',
  'khiến',
  'làm',
  'làm sập',
  'đánh sập',
  'ảnh hưởng',
  'kéo dài',
  'diễn ra',
  'xuất hiện',
  'bùng phát',
  'phun trào',
  'đến sớm',
  'lấn sâu',
  'xâm nhập sâu',
  'đạt đỉnh',
  'lên mức báo động',
  'vượt mức báo động',
  'lan rộng',
  'bao trùm'
])})${wordEnd}`

import type { EventWords } from '../../link/event-words.js'

/** A phrase that opens its sentence with the noun of an occasion, alone: "Sau hội đàm,", "Cũng tại buổi tiếp này,", "Trong chuyến thăm,". */
function occasionOpening(noun: string): RegExp {
  return new RegExp(
    String.raw`^(?:Cũng |Ngay )?(?:[Ss]au|[Tt]ại|[Tt]rong|[Kk]ết thúc|[Nn]hân|[Qq]ua|[Bb]ên lề)(?: khi kết thúc)? (?:các |những )?(?:cuộc |buổi |phiên |chuyến )?${noun}(?: (?:này|đó|nói trên|lần này))?\s*,`,
    'u'
  )
}

/** How Vietnamese writes an event's arguments. */
export const events: EventWords = {
  // "tăng 12% kể từ năm 2019" is a bound; "tạm ngừng nhập khẩu trong 60 ngày kể từ ngày 1/9/2025" starts the happening's span then.
  notWhen:
    /(?:nhiệm kỳ|trước|cho đến|đến trước|(?<!\p{N}\s+(?:ngày|tuần|tháng|năm)\s+)kể từ|so với|hơn|cao hơn|thấp hơn|cùng kỳ)\s+(?:\p{L}+\s+)?$/iu,
  // "Cùng ngày, Thủ tướng ... đệ đơn từ chức": the day of the sentence before.
  anaphor:
    /^(?:(?:Tại|Trong|Nhân|Bên lề) (?:kỳ họp|cuộc họp|phiên họp|hội nghị|chuyến thăm|dịp|cuộc gặp)(?: \p{L}+)?? (?:này|đó|nói trên)|Cùng ngày|Cũng trong ngày|Cùng thời điểm)(?![\p{L}\p{N}])/iu,
  placeCue: /(?:tại|ở)\s+$/iu,
  coordination: /^[\s)(]*(?:,|và|,\s*và)\s[^.;:]{0,40}$/iu,
  // "thông qua Luật Đất đai, có hiệu lực từ ngày 1/8/2024": the day a text takes effect is not the day it was passed.
  plan: /(?:^|[^\p{L}\p{M}])(?:sẽ|sắp|dự kiến|dự định|kế hoạch|nhất trí|thống nhất|hướng tới|phấn đấu|mục tiêu|có hiệu lực|hiệu lực thi hành|được áp dụng|áp dụng từ)(?![\p{L}\p{M}])/u,
  // "dự toán ngân sách nhà nước năm 2026", "bản ghi nhớ ... giai đoạn 2026-2030": the year or the period of the object.
  // "nợ lương tháng 11", "mức thưởng Tết", "tặng quà Trung thu": the month or the holiday a wage, a bonus or a gift is for.
  // "ASEAN Cup 2024", "SEA Games 2025", "APEC 2017", "Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2024": the year of a named contest,
  // fair or summit, after its head word or its acronym (not a place's date: "lần 2 tại Islamabad 8/2012"); "giải Vô địch Đông Nam Á 2024":
  // the year of a tournament named after "giải".
  attributive: {
    before:
      /(?:[Gg]iải \p{Lu}[\p{L}\p{M}\p{N}]*\s+(?:(?!(?:năm|tháng|ngày|vào|hồi|từ|lần|lúc|sáng|trưa|chiều|tối|đêm|rạng|tại|ở|trên)\s)[\p{L}\p{M}][\p{L}\p{M}\p{N}]*\s+){0,5}|(?:[Nn]gân sách(?: nhà nước)?|[Dd]ự toán|[Kk]ế hoạch|[Gg]iai đoạn)\s+(?:[Nn]ăm\s+)?|(?<![\p{L}\p{M}])(?:[Ll]ương|[Tt]hưởng|[Qq]uà)\s+|(?<![\p{L}\p{M}\p{N}.])(?:Cup|Games|Open|Expo|Festival|Summit|Forum|Championships?|Series|Tour|Olympics?|Paralympics?|Marathon|Awards?|Fair|\p{Lu}{2,}|\(\p{Lu}{2,}\))\s+)$/u,
    after: /^/u
  },
  // "vào tháng 7/2013, trong chuyến thăm của Chủ tịch nước": the visit the date before it tells.
  runInOpener: /^(?:Từ|Trong|Tính đến|Ngày|Năm|Tháng|Theo|Sau|Tại|Đến|Vào)(?![\p{L}\p{M}])/u,
  origin: /^(?:(?:được|đã được) )?(?:thành lập|ra đời|sinh|xây dựng|khánh thành|khai trương|niêm yết|cổ phần hóa)(?![\p{L}\p{M}])/iu,
  // "dự Hội nghị cấp cao ngày 4/12/2024, nơi lãnh đạo các nước thông qua hiến chương": where and when the happening before it was.
  when: /^(?:khi|lúc|sau khi|trong dịp|nhân dịp|nơi|trong (?:chuyến|cuộc|buổi|kỳ|phiên))(?![\p{L}\p{M}])/iu,
  speech:
    /(?:^|[^\p{L}\p{M}])(?:cho biết|cho hay|nói|phát biểu|nhấn mạnh|khẳng định|cho rằng|nhận định|thông tin|chia sẻ|bày tỏ|tuyên bố|thông báo|đánh giá)(?![\p{L}\p{M}])/gu,
  // "Tại hội nghị ngày 12/3/2025, ...", "Bên lề Hội nghị cấp cao ASEAN ngày 26/5/2025, ...", "Nhân chuyến thăm tháng 3/2024 của ...".
  // "Ngay sau lễ khai mạc chiều 5/6/2024, các bộ trưởng đã họp": right after an occasion is on its day.
  occasion: /^(?:tại|bên lề|trong khuôn khổ|(?:nhân|ngay sau) (?:chuyến|cuộc|buổi|kỳ|phiên|hội|lễ))(?![\p{L}\p{M}])/iu,
  elsewhen:
    /(?:^|[^\p{L}\p{M}])(?:trước đó|trong khi đó|ở một diễn biến khác|tính đến|tính chung|tổng cộng|lũy kế|đến nay|từ đầu|kể từ)(?![\p{L}\p{M}])/iu,
  // Not "theo đó": what a text announced says ('công bố kết quả ..., theo đó liên minh giành 159 ghế').
  consequence: /^(?:qua đó|nhờ đó|đồng thời)(?![\p{L}\p{M}])/iu,
  indefinite: /(?:^|[^\p{L}\p{M}])(?:một|thêm)\s+(?:[\p{L}\p{M}]+\s+){0,2}$/iu,
  source: /^(?:theo|dẫn|trích dẫn)(?![\p{L}\p{M}])/iu,
  // "Vụ tai nạn xảy ra lúc 4 giờ 30 ngày 12/3/2025", "Sự việc xảy ra vào khoảng 22 giờ", "Vụ cháy nói trên xảy ra": the one just told, then when.
  retelling: /^(?:Vụ|Sự việc|Sự cố|Đám cháy|Trận|Cơn)(?: [^\s.,;:]+){0,5}? (?:đã )?(?:xảy ra|diễn ra|bùng phát|đổ bộ)(?![\p{L}\p{M}])/u,
  // "3 người chết tại chỗ, 1 người tử vong trên đường đi cấp cứu", "Quảng Nam có 4 người chết, Quảng Ngãi có 2 người tử vong": a count
  // or a name opens the phrase of another toll (an elaboration opens lower-case: "trong đó", "cụ thể là").
  // "..., còn Nghệ An có 4 người tử vong": "còn" (as for) turns to another place's toll.
  apart: /^(?:còn\s+)?(?:\p{N}|\p{Lu}|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm)(?![\p{L}\p{M}]))/u,
  elaboration: /^(?:trong đó|trong số này|trong số đó|cụ thể|bao gồm|gồm|riêng|là)(?![\p{L}\p{M}])/iu,
  // "Sau hội đàm, hai bên đã ký ...", "Tại buổi tiếp, Thủ tướng đề nghị ...", "Cũng tại buổi lễ, ...": the noun alone, or with "này",
  // "đó", ends the phrase (not "Tại cuộc gặp với Thủ tướng Nhật Bản ngày 5/3/2025", an occasion of its own).
  occasionTold: [
    {
      opening: occasionOpening(
        '(?:hội đàm|hội kiến|tiếp kiến|điện đàm|gặp|gặp gỡ|gặp mặt|tiếp|tiếp xúc|làm việc|họp|kỳ họp|phiên họp|trao đổi)(?: trực tuyến)?'
      ),
      types: ['meeting']
    },
    { opening: occasionOpening('(?:hội nghị|hội thảo|diễn đàn)(?: cấp cao| thượng đỉnh)?'), types: ['conference'] },
    { opening: occasionOpening('(?:thăm|công du|công tác)(?: chính thức| cấp [Nn]hà nước)?'), types: ['visit'] },
    { opening: occasionOpening('lễ(?: ký| ký kết)'), types: ['agreement_signed'] },
    { opening: occasionOpening('lễ'), types: ['launch', 'celebration', 'agreement_signed', 'award'] }
  ],
  // "dự án được khởi công năm 2023", "Luật vừa được thông qua ngày 18/1/2024": a noun, then the passive of what was done to it.
  relative: /(?:^|[^\p{L}\p{M}])(?:(?:đã|vừa|mới) )?được\s+(?:\p{Lu}[\p{L}\p{M}]*\s+){0,4}$/u,
  // "Trong cuộc gặp", "Sau vụ cháy"; a noun that opens its sentence bare is the one told ("Vụ tai nạn làm 3 người chết" after the crash).
  definite: /(?:^|[^\p{L}\p{M}])(?:Trong|trong|Tại|tại|Sau|sau|Nhân|nhân|Qua|qua)\s+$|^\s*$/u,
  demonstrative: /^\s+(?:này|đó|nói trên|ấy)(?![\p{L}\p{M}])/u,
  complement: /^\s+(?:giữa|với|của|về|tại|ở)(?![\p{L}\p{M}])/u,
  distributive: /(?:^|[^\p{L}\p{M}])mỗi (?:nơi|tỉnh|địa phương|huyện|xã|thành phố|nước|bên)(?![\p{L}\p{M}])/u,
  // "Tổng Bí thư A, Chủ tịch nước B và Thủ tướng C đều trúng cử": each of them.
  collective: /(?:^|[^\p{L}\p{M}])đều\s+(?:đã\s+)?$/u,
  joiner: /^\s*(?:,|và|,\s*và)\s*$/u,
  contestList: /^(?:[^.;]{0,30}?,)?\s*(?:ở|tại) (?:các )?(?:nội dung|môn|hạng cân)\s+(?=\p{N}|\p{Lu})/u,
  itemSeparator: /\s*(?:;|,\s+và(?![\p{L}\p{M}])|,(?=\s)|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}]))\s*/u,
  // "Luật Đất đai và Luật Nhà ở": each named by its document noun, capitalised; "Luật Bảo vệ và Phát triển rừng" is one.
  documentName: /^(?:(?:dự án|bộ)\s+)?(?:Luật|Bộ luật|Nghị quyết|Nghị định|Pháp lệnh|Quyết định|Chỉ thị|Thông tư)(?![\p{L}\p{M}])/u,
  // "tuyên phạt bị cáo A 12 năm tù, bị cáo B 3 năm tù", "hai bị cáo nhận mức án 5 năm và 3 năm tù";
  // "3 năm tù vì tội X, cộng thêm 5 năm tù vì tội Y" is one person's.
  sentence: {
    named:
      /^(?:bị cáo\s+)?(?:\p{Lu}[\p{L}\p{M}]*(?:-\p{L}+)?\s+){1,5}(?:(?:mức án|án)\s+)?(?:(?:\p{N}+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười\S*)\s+(?:năm|tháng)|tử hình|chung thân)(?![\p{L}\p{M}])/u,
    bare: /^(?:(?:mức án|án)\s+)?(?:(?:\p{N}+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười\S*)\s+(?:năm|tháng)|tử hình|chung thân)(?![\p{L}\p{M}])/u,
    several: /(?:^|[^\p{L}\p{M}])(?:(?:hai|ba|bốn|năm|các|những|\p{N}+)\s+bị cáo|lần lượt)(?![\p{L}\p{M}])/iu
  },
  // "Thủ tướng lần lượt tiếp A và B", "có cuộc gặp riêng với A và B", "có các cuộc gặp song phương với A và B" (two sides each).
  separately: /(?:^|[^\p{L}\p{M}])(?:lần lượt|riêng rẽ|riêng|song phương)(?![\p{L}\p{M}])/iu
}

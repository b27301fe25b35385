import type { Rule } from '../../../../engine/rule.js'
import { agreement, embassy, guestTitle, office, trigger, wordEnd } from '../words.js'

/** Tourists or residents before a verb of visiting: "Du khách đến thăm", "Khách du lịch quốc tế tới thăm". */
const tourists = /(?:^|[^\p{L}\p{M}])(?:[Kk]hách|[Dd]u khách|lượt khách|người dân|[Cc]ư dân)(?:\s+[\p{L}\p{M}]+){0,4}\s+$/u

/** The rest of a host's title and name after its head: "Thủ tướng Chính phủ Phạm Minh Chính", "Chủ tịch UBND tỉnh Lê Văn A". */
const hostName = String.raw`(?: (?:Chính phủ|\p{Lu}[\p{L}\p{M}]*|nước|tỉnh|thành phố|huyện|xã)){0,8}`

/** A back-reference before a noun: "Trong cuộc gặp", "Tại kỳ họp" speak of a meeting already told. */
const backReference = /(?:^|[^\p{L}\p{M}])(?:Trong|trong|Tại|tại|Sau|sau|Nhân|nhân|Qua|qua|Bên lề|bên lề|Kết thúc|kết thúc)\s+$/u

/** Words before relations set up that make them an anniversary's, not a happening told: "kỷ niệm 10 năm ngày thiết lập". */
const anniversary = /kỷ niệm\s+(?:\S+\s+){0,4}$/u

/** How a named document of a list of documents signed starts: "Bản ghi nhớ về ...", "Hiệp định ...". */
const documentHead =
  'Bản ghi nhớ|Biên bản ghi nhớ|Hiệp định|Thỏa thuận|Thoả thuận|Nghị định thư|Kế hoạch hành động|Chương trình hợp tác|Hiệp ước|Công ước|Tuyên bố chung'

/** A figure a target names: "25 tỷ USD", "6,5%", "20 triệu lượt", "5.000 km" (not a bare year or "50 năm"). */
const targetFigure = String.raw`(?<![\p{L}\p{N}])\d[\d.,]*\s*(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\s*)?(?:USD|đô la|đồng|%|lượt|km|tấn|MW|GW)${wordEnd}`

/** Relations, missions, visits, meetings, agreements, negotiations, support, targets and statements. */
export const diplomacy: readonly Rule<'event'>[] = [
  // "kỷ niệm 50 năm lập quan hệ ngoại giao" names an anniversary of relations set up long before.
  trigger(
    'lập quan hệ ngoại giao',
    'relations_established',
    /(?:chính thức )?(?:thiết lập|lập|đặt) quan hệ ngoại giao|bình thường (?:hóa|hoá) quan hệ/u,
    {
      notBefore: anniversary
    }
  ),
  trigger(
    'nâng cấp quan hệ',
    'relations_upgraded',
    new RegExp(
      String.raw`(?:nâng cấp|nâng tầm|nâng) quan hệ(?: [^.;,]{0,40}?)? lên(?= (?:thành |tầm |mức )?(?:quan hệ )?(?:Đối tác|đối tác))|(?:nâng cấp|nâng tầm)(?: quan hệ)?(?=,? lên (?:thành |tầm |mức )?(?:quan hệ )?(?:Đối tác|đối tác))|(?:nâng cấp|nâng tầm) quan hệ(?=[,.;:]|$)|(?:chính thức )?(?:thiết lập|xác lập|trở thành) (?:khuôn khổ )?(?:quan hệ )?(?:Đối tác|đối tác) (?:Chiến lược|chiến lược|Toàn diện|toàn diện)${wordEnd}`,
      'u'
    ),
    // "Tuyên bố chung về việc nâng cấp quan hệ": the upgrade named as a topic, told by its own trigger. "đã nâng cấp lên Đối tác chiến
    // lược toàn diện": the partner named after "lên" says which ties; a headline's "Việt Nam - New Zealand nâng cấp quan hệ," ends its clause.
    { notBefore: new RegExp(`${anniversary.source}|việc\\s+$`, 'u') }
  ),
  // "Quan hệ hai nước được nâng lên tầm cao mới": relations raised, told in the passive.
  trigger(
    'quan hệ được nâng lên',
    'relations_upgraded',
    /(?:được |đã được )?(?:nâng cấp|nâng tầm|nâng) lên(?= (?:tầm|thành|mức|quan hệ|Đối tác|đối tác))/u,
    { needsBefore: /(?:[Qq]uan hệ)(?: [^.;,]{0,30})? (?:đã )?$/u }
  ),
  // "Khai trương Đại sứ quán Việt Nam tại Ethiopia": a headline opens with the verb.
  trigger(
    'lập|mở Đại sứ quán',
    'embassy_opened',
    new RegExp(String.raw`(?:đã )?(?:[Tt]hành lập|[Ll]ập|[Mm]ở|[Kk]hai trương)(?: lại)? ${embassy}`, 'u'),
    {
      reopened: /lại/u
    }
  ),
  // "Đại sứ quán Australia tại Hà Nội được khai trương năm 1973": the mission named before its opening.
  trigger('Đại sứ quán <...> được khai trương', 'embassy_opened', /(?:được |đã được )(?:khai trương|thành lập|mở)(?![\p{L}\p{M}])/u, {
    needsBefore: new RegExp(String.raw`(?:^|, )(?:các )?${embassy}[^.;,]{0,40}$`, 'u')
  }),
  trigger('rút|đóng cửa Đại sứ quán', 'embassy_closed', new RegExp(String.raw`(?:(?:phải|đã) )?(?:đóng cửa|rút) ${embassy}`, 'u')),
  // "Đại sứ quán Mỹ tại Kabul đã đóng cửa": the mission named before its closing.
  trigger('Đại sứ quán <...> đóng cửa', 'embassy_closed', new RegExp(String.raw`(?:(?:phải|đã|bị|tạm) )*đóng cửa${wordEnd}`, 'u'), {
    needsBefore: new RegExp(String.raw`(?:^|, )(?:các )?${embassy}[^.;,]{0,40}$`, 'u')
  }),
  trigger('<Đại sứ quán> ... rút', 'embassy_closed', /(?:(?:phải|đã) )?rút(?= (?:năm|vào|khỏi|về|tháng)\b|[,.;]|$)/u, {
    needsBefore: new RegExp(embassy, 'u')
  }),
  trigger('lập Văn phòng', 'office_opened', new RegExp(String.raw`(?:[Tt]hành lập|[Ll]ập|[Mm]ở|[Kk]hai trương)(?: lại)? ${office}`, 'u')),
  trigger('lập <...> và Văn phòng', 'office_opened', new RegExp(office, 'u'), {
    needsBefore: /(?:thành lập|lập|mở|khai trương)(?: lại)? [^.;]*\svà\s$/u
  }),
  trigger(
    'ký <văn kiện>',
    'agreement_signed',
    new RegExp(
      String.raw`(?:đã )?[Kk]ý(?: kết)?(?= (?:chính thức |thành công )?(?:các |những |nhiều |\d+ |hai |ba |bốn |năm |một )?(?:\p{L}+ )?${agreement})|(?:đã )?(?:trao đổi|trao)(?= (?:các |những |\d+ |hai |ba |bốn |năm )?(?:${documentHead}|văn kiện|bản ghi nhớ|biên bản ghi nhớ)${wordEnd})|(?:đã )?ký kết(?= (?:thỏa thuận |thoả thuận |văn bản )?hợp tác(?: (?:chiến lược|toàn diện|chiến lược toàn diện))? (?:với|giữa)${wordEnd})`,
      'u'
    )
  ),
  trigger(
    'lễ ký kết',
    'agreement_signed',
    /(?:lễ ký kết|lễ ký|ký kết và trao|trao(?: đổi)? (?:các |những |\d+ )?văn kiện)(?![\p{L}\p{M}])/u
  ),
  // "đã ký Bản ghi nhớ về hợp tác nông nghiệp, Hiệp định về vận tải biển và Kế hoạch hành động": each named document after the first is a
  // signing of its own (the first is told by `ký <văn kiện>`); "Bản ghi nhớ về nông nghiệp và phát triển nông thôn" names one.
  trigger('ký <văn kiện>, <văn kiện> và <văn kiện>', 'agreement_signed', new RegExp(String.raw`(?:${documentHead})(?![\p{L}\p{M}])`, 'u'), {
    needsBefore: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])ký(?: kết)? (?:${documentHead})[^.;:]{0,100}?(?:, | và |, và )$`, 'u')
  }),
  // "Hiệp định ... ký năm 2000": the passive without "được", as a date follows it.
  trigger(
    '<văn kiện> được ký',
    'agreement_signed',
    new RegExp(String.raw`(?:đã )?được ký(?: kết)?${wordEnd}|ký(?: kết)?(?= (?:năm|ngày|vào|tháng|tại|hồi)${wordEnd})`, 'u'),
    {
      needsBefore: new RegExp(String.raw`${agreement}[^.;]{0,60}$`, 'u')
    }
  ),
  // "tiến hành phiên đàm phán đầu tiên về Hiệp định": talks opened by their first round.
  trigger(
    'khởi động đàm phán',
    'negotiations_launched',
    /(?:chính thức )?(?:khởi động|bắt đầu|mở) (?:các |cuộc |vòng )?(?:cuộc )?đàm phán|(?:tiến hành|tổ chức|bước vào) (?:phiên|vòng) đàm phán (?:đầu tiên|thứ nhất)(?![\p{L}\p{M}])/u
  ),
  trigger(
    'thăm <nơi>',
    'visit',
    /(?:(?:các |những |cuộc |chuyến |đoàn )?(?:chuyến |đoàn )?(?:sang |đến |tới )?thăm(?: chính thức| cấp [Nn]hà nước| làm việc| hữu nghị)?(?: và làm việc)?)(?= (?:của |tới |đến |sang |tại |ở )?(?:tỉnh |thành phố |huyện )?\p{Lu})/u,
    // "lên đường thăm cấp Nhà nước tới Lào" is one visit, told by `lên đường thăm`; "Du khách đến thăm Phố cổ Hội An" is tourism, no visit of office.
    { notBefore: new RegExp(`lên đường\\s+$|${tourists.source}`, 'u') }
  ),
  // "khởi đầu chuyến thăm chính thức tới Việt Nam", "sang Nhật Bản thăm chính thức", "chuyến thăm cấp nhà nước".
  trigger(
    'chuyến thăm chính thức',
    'visit',
    /(?:(?:khởi đầu|bắt đầu|thực hiện|tiến hành) )?(?:chuyến )?thăm (?:chính thức|cấp [Nn]hà nước|làm việc|hữu nghị)/u,
    // "lên đường thăm cấp Nhà nước" is one visit, told by `lên đường thăm`.
    { notBefore: new RegExp(`${backReference.source}|lên đường\\s+$`, 'u'), nominal: true }
  ),
  // "Thủ tướng Anwar Ibrahim công du Trung Quốc": the verb takes its place straight after it, as a headline writes it.
  trigger(
    'chuyến công du',
    'visit',
    /(?:[Cc]huyến (?:công du|công tác|đi)|công du)(?= (?:\p{L}+ ){0,2}?(?:tới|đến|sang|tại) \p{Lu})|công du(?= (?:\p{Lu}|châu (?:Âu|Á|Phi|Mỹ|Đại Dương)|khu vực(?![\p{L}\p{M}])))/u,
    {
      notBefore: /(?:sẽ|sắp)\s+$/u
    }
  ),
  // "Tổng thống Obama đã tới Hà Nội ngày 23/5/2016", "Thủ tướng vừa đặt chân đến Tokyo", "Nhà lãnh đạo Triều Tiên đã tới Hà Nội": a leader's arrival for a visit.
  trigger(
    '<lãnh đạo> đã tới <nơi>',
    'visit',
    /(?:đã|vừa) (?:đặt chân |có mặt )?(?:tới|đến)(?= (?:[Tt]hủ đô |sân bay |thành phố )?\p{Lu})/u,
    {
      needsBefore:
        /(?:Tổng thống|Thủ tướng|Chủ tịch nước|Tổng Bí thư|Quốc vương|Nhà vua|Hoàng đế|Thái tử|Phó Tổng thống|Phó Thủ tướng|Ngoại trưởng|Bộ trưởng Ngoại giao|[Nn]hà lãnh đạo|[Đđ]oàn đại biểu|[Pp]hái đoàn)(?: [^.;,]{0,40})? $/u,
      // "đã đến Thành phố Hồ Chí Minh, bắt đầu chuyến thăm chính thức": the visit is told by its own trigger.
      // "đã đến Hà Nội trong chuyến thăm cấp Nhà nước": the visit named after "trong" is this one, told by the arrival.
      notAfter: /^(?![^.;]{0,80}?trong (?:khuôn khổ )?(?:chuyến|cuộc) )[^.;]{0,80}?(?:thăm|công du|dự|tham dự)(?![\p{L}\p{M}])/u
    }
  ),
  // "Chuyên cơ chở Tổng thống Hàn Quốc hạ cánh xuống sân bay Nội Bài": a leader's arrival, told by the plane.
  trigger('<chuyên cơ> hạ cánh', 'visit', /(?:đã )?hạ cánh(?= (?:xuống |tại )?(?:sân bay|phi trường|\p{Lu}))/u, {
    needsBefore: /(?:[Cc]huyên cơ|[Pp]hái đoàn|Tổng thống|Thủ tướng|Chủ tịch nước|Tổng Bí thư|Quốc vương|Nhà vua)[^.;]{0,60}$/u
  }),
  trigger('lên đường thăm', 'visit', /lên đường(?= (?:từ |sang |tới |đến |đi |thăm |tham dự |dự |công du ))/u),
  // "sang Việt Nam dự Hội nghị", "đến Hà Nội thăm": going to a place for a visit or a meeting.
  trigger(
    'sang <nơi> dự',
    'visit',
    /(?:sang|đến|tới)(?= \p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)* (?:dự|tham dự|làm việc|công tác)(?![\p{L}\p{M}]))/u
  ),
  // "Đối thoại Chiến lược quốc phòng lần thứ 10": a dialogue named by its number.
  trigger(
    'vòng đối thoại',
    'meeting',
    /(?:các |những |\d+ )?(?:vòng |phiên |cuộc )(?:Đối thoại|đối thoại)(?![\p{L}\p{M}])|(?:Đối thoại|đối thoại)(?= (?:[Cc]hiến lược|[Cc]hính sách)[^.;,]{0,50}? lần thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+))/u
  ),
  // "Tham vấn chính trị cấp Thứ trưởng lần thứ 5", "đã tham vấn chính trị": officials consulting across a table.
  trigger('tham vấn chính trị', 'meeting', /(?:(?:cuộc|phiên|vòng) )?(?:[Tt]ham vấn) (?:chính trị|song phương|cấp cao)(?![\p{L}\p{M}])/u, {
    notBefore: /(?:cơ chế|Cơ chế)\s+$/u
  }),
  // Welcoming a guest: "đón Tổng thống", "chủ trì lễ đón".
  // "sau lễ đón chính thức tại Phủ Chủ tịch": the host's ceremony, told by its noun.
  trigger('lễ đón chính thức', 'visit', /[Ll]ễ đón (?:chính thức|cấp [Nn]hà nước|trọng thể)/u, { cameo: '043', nominal: true }),
  trigger(
    'đón <khách>',
    'visit',
    new RegExp(String.raw`(?:chủ trì )?(?:lễ )?đón(?: chính thức)?(?= ${guestTitle})(?! (?:đoàn|Đoàn) (?:khách|du khách)${wordEnd})`, 'u'),
    {
      cameo: '043'
    }
  ),
  // Receiving a guest of office: "tiếp Đại sứ Ấn Độ", "tiếp xã giao Bộ trưởng", "có buổi tiếp Đại sứ", "tiếp các Đại sứ đến trình Quốc thư"
  // (not "tiếp tục", "tiếp nhận"); the guest's side: "Đại sứ Nhật Bản đã chào xã giao Chủ tịch UBND tỉnh".
  trigger(
    'tiếp <khách>',
    'meeting',
    new RegExp(String.raw`(?:(?:đã )?(?:có )?(?:buổi )?)?tiếp(?: xã giao| đón)?(?= (?:các |những |\d+ )?${guestTitle})`, 'u')
  ),
  // "Đại sứ Thái Lan được Thủ tướng Phạm Minh Chính tiếp", "đã được Chủ tịch nước hội kiến": the guest's side of a reception, told in
  // the passive with the host between (not "được ... tiếp tục", "tiếp nhận", "tiếp thu").
  trigger(
    'được <chủ nhà> tiếp',
    'meeting',
    new RegExp(
      String.raw`(?:đã )?được ${guestTitle}${hostName} (?:tiếp kiến|hội kiến|đón tiếp|tiếp đón|tiếp(?: xã giao)?)${wordEnd}(?! (?:tục|nhận|thu|cận|theo|xúc|sức|tế|giáp|quản|diễn)${wordEnd})`,
      'u'
    )
  ),
  trigger(
    'chào xã giao <chủ nhà>',
    'meeting',
    new RegExp(String.raw`(?:đã |có buổi )?chào (?:xã giao|từ biệt|cảm ơn)(?= ${guestTitle})`, 'u')
  ),
  // "làm việc với đoàn doanh nghiệp", "làm việc với Bộ trưởng": a working meeting.
  trigger(
    'làm việc với <bên>',
    'meeting',
    /(?:đã )?(?:có buổi )?(?:làm việc|đối thoại) với(?= (?:\p{Lu}|đoàn|Đoàn|lãnh đạo|các bộ|các nhà đầu tư|cộng đồng doanh nghiệp|doanh nghiệp))/u
  ),
  // Any meeting or visit told by its noun: "cuộc họp", "buổi làm việc", "chuyến thăm", "Phiên họp Chính phủ thường kỳ tháng 3 đã diễn ra".
  trigger(
    'cuộc họp',
    'meeting',
    /(?:[Cc]uộc|[Bb]uổi|[Pp]hiên) (?:họp|làm việc|gặp mặt|gặp|hội đàm|hội kiến|tiếp xúc|trao đổi|điện đàm)(?![\p{L}\p{M}])/u,
    {
      notBefore: backReference,
      nominal: true
    }
  ),
  // "Chuyến thăm ... là chuyến công du nước ngoài đầu tiên": a noun after "là" says what a visit told before was.
  trigger('chuyến thăm', 'visit', /(?:các |những )?chuyến (?:thăm|công tác|công du)(?![\p{L}\p{M}])/u, {
    // "thông cáo về kết quả chuyến thăm": the outcome of a visit already told.
    notBefore: new RegExp(`${backReference.source}|(?:^|[^\\p{L}\\p{M}])(?:là|kết quả)\\s+$`, 'u'),
    nominal: true
  }),
  trigger('chủ trì cuộc họp', 'meeting', /(?:chủ trì|đồng chủ trì|dự) (?:cuộc |phiên |buổi )?(?:họp|làm việc|hội đàm)(?![\p{L}\p{M}])/u),
  // "Bộ trưởng trao đổi qua điện thoại với Ngoại trưởng Mỹ", "điện đàm trực tuyến với": a call between officials is talks.
  trigger(
    'trao đổi qua điện thoại với',
    'meeting',
    /(?:đã )?(?:có cuộc )?(?:trao đổi|nói chuyện|hội đàm|gặp) (?:qua điện thoại|điện thoại|trực tuyến|qua hình thức trực tuyến)(?= với)/u
  ),
  // "Hai Ngoại trưởng đã gặp nhau bên lề Hội nghị": the parties named before the verb.
  trigger('gặp nhau', 'meeting', /(?:đã )?(?:gặp|gặp gỡ|hội đàm|điện đàm) (?:riêng )?(?:với )?nhau(?![\p{L}\p{M}])/u),
  // "đã gặp Tổng thống Marcos", "gặp người đồng cấp Trung Quốc", "hội đàm với lãnh đạo tỉnh": the other side by its name or its role.
  trigger(
    'gặp <bên>',
    'meeting',
    /(?:đã )?(?:gặp|gặp gỡ|hội kiến|hội đàm|điện đàm|gặp mặt|tiếp kiến|hội ngộ)(?= (?:với )?(?:\p{Lu}|(?:người đồng cấp|các nhà lãnh đạo|lãnh đạo)(?![\p{L}\p{M}])))/u
  ),
  // "tiếp xúc cử tri": a candidate meeting voters, no talks between parties.
  trigger(
    'hội đàm',
    'meeting',
    /(?:(?:một vài|các|những|nhiều) )?(?:cuộc )?(?:tiếp xúc|hội đàm|hội kiến|gặp gỡ|điện đàm)(?! (?:này|đó))(?! (?:với )?(?:cử tri|báo chí|phóng viên))/u,
    { notBefore: backReference, nominal: true }
  ),
  // "có các cuộc gặp song phương với Thủ tướng Ấn Độ A và Thủ tướng Canada B": the phrase up to "với" tells the meetings separate, one per person.
  trigger(
    'cuộc gặp <giữa>',
    'meeting',
    /(?:(?:các|những) )?(?:Cuộc|cuộc) gặp(?: (?:song phương|riêng rẽ|riêng)(?: với(?= \p{Lu}))?|(?= (?:giữa|với|của|cấp cao|thượng đỉnh)\b))/u
  ),
  trigger(
    'Kỳ họp thứ <n>',
    'meeting',
    /(?:Kỳ họp|kỳ họp|Phiên họp|phiên họp)(?: bất thường)?(?: lần)? thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)|(?:Kỳ họp|kỳ họp)(?= (?:Ủy ban|Uỷ ban|Tiểu ban)[^.;,]{1,60}? lần thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+))/u
  ),
  trigger('lần thứ <n> tại <nơi>', 'meeting', /[Ll]ần (?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)|\d+)(?= (?:tại|ở) \p{Lu})/u, {
    needsNearby: /(?:[Kk]ỳ họp|[Pp]hiên họp|cuộc họp|họp|[Hh]ội nghị)/u
  }),
  trigger(
    'Hội nghị <tên>',
    'conference',
    /(?:(?:các|những) )?(?:Hội nghị|Hội thảo|Diễn đàn)(?: thượng đỉnh| cấp cao| Cấp cao| quốc tế| Bộ trưởng)?(?= \p{Lu}| \p{Ll}+ \p{Lu}| có liên quan| lần thứ)|(?:(?:các|những) )?hội nghị (?:thượng đỉnh|cấp cao)(?= (?:có )?liên quan(?![\p{L}\p{M}]))|Tuần lễ [Cc]ấp cao(?= \p{Lu})/u,
    {
      // "Trung tâm Hội nghị Kuala Lumpur" is a venue; "Hội nghị Cấp cao ASEAN lần thứ 47 sẽ diễn ra vào tháng 10" a plan.
      notBefore: /(?:Trung tâm|Cung|Nhà|Phòng|Hội trường)\s+$/u,
      notAfter: /^[^.;:!?,]{0,50}?(?:sẽ|sắp|dự kiến|dự định) (?:được )?(?:diễn ra|tổ chức|khai mạc|họp)/u
    }
  ),
  // "UBND tỉnh tổ chức hội nghị xúc tiến đầu tư", "Hà Nội tổ chức Hội nghị xúc tiến đầu tư năm 2024", "hội thảo quốc tế về Biển Đông đã
  // diễn ra": a meeting of many, held.
  // Not "Ban tổ chức hội nghị", "công tác tổ chức hội nghị": who or what organizes, no meeting held.
  trigger(
    'tổ chức hội nghị',
    'conference',
    /(?:đã )?(?:tổ chức|khai mạc|bế mạc|chủ trì|đăng cai) (?:các |một )?(?:[Hh]ội nghị|[Hh]ội thảo|[Dd]iễn đàn)(?![\p{L}\p{M}])/u,
    {
      notBefore: /(?:[Bb]an|công tác|[Vv]iệc|đơn vị)\s+$/u,
      nominal: true
    }
  ),
  trigger('<hội thảo> diễn ra', 'conference', /(?:hội nghị|hội thảo|diễn đàn)(?![\p{L}\p{M}])/u, {
    needsAfter: /^[^.;,]{0,60}? (?:đã |vừa )?(?:diễn ra|khai mạc|bế mạc|được tổ chức)(?![\p{L}\p{M}])/u,
    notBefore: /(?:tổ chức|khai mạc|bế mạc|chủ trì|đăng cai|Trung tâm|trung tâm|tại|Tại|trong|Trong|sau|Sau)\s+(?:các\s+|một\s+)?$/u,
    nominal: true
  }),
  trigger('dự <viết tắt>', 'conference', /(?:tham )?dự(?= \p{Lu}{2,})/u),
  // Not "những người ủng hộ PTI": supporters are no support given.
  trigger('ủng hộ <bên>', 'support_pledged', /(?:đã )?ủng hộ(?= \p{Lu})/u, {
    notBefore: /(?:người|phe|lực lượng|cử tri)\s+$/u
  }),
  trigger(
    'cam kết hỗ trợ',
    'support_pledged',
    /(?:cam kết|hứa) (?:hỗ trợ|viện trợ|tài trợ|cung cấp|cho vay)(?= [^.;]{0,30}(?:\d|vốn|khoản|gói))/u
  ),
  // "ADB phê duyệt khoản vay 500 triệu USD": a lender's aid given.
  trigger(
    'phê duyệt khoản vay',
    'support_pledged',
    /(?:phê duyệt|thông qua|ký|giải ngân|cấp|dành|công bố|thông báo) (?:một |các )?(?:khoản vay|khoản viện trợ|khoản tài trợ|khoản tín dụng|khoản giải ngân|gói hỗ trợ|gói tín dụng|gói viện trợ)/u,
    {
      cameo: '070'
    }
  ),
  trigger(
    'trao tặng <quà>',
    'support_pledged',
    /(?:trao tặng|ủng hộ|quyên góp|hỗ trợ|viện trợ|tài trợ|trao(?! (?:đổi|quyền)))(?= (?:\p{L}+ ){0,3}?(?:\d[\d.,]*|số tiền|tiền mặt|hàng cứu trợ|nhu yếu phẩm|gạo|vắc-?xin))/u,
    {
      cameo: '070',
      // "các nhà tài trợ", "Khoản hỗ trợ 5 triệu USD": a donor or a sum named, no giving told; "trao hỗ trợ 30 triệu đồng" is one gift, told by "trao".
      notBefore: /(?:[Nn]hà|[Kk]hoản|[Nn]guồn|[Gg]ói|[Mm]ức|trao)\s+$/u
    }
  ),
  // "Ấn Độ gửi 35 tấn hàng viện trợ", "Liên hợp quốc phân bổ 5 triệu USD từ Quỹ ứng phó khẩn cấp", "cung cấp 5 triệu USD viện trợ không hoàn lại":
  // an amount sent as aid (not "phân bổ ngân sách", a budget shared out at home).
  trigger(
    'gửi <n> tấn hàng viện trợ',
    'support_pledged',
    /(?:đã )?(?:gửi|chuyển|cung cấp|phân bổ|điều)(?= (?:thêm |khoảng |hơn |gần )?\d[\d.,]*\s*(?:tấn|triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:\p{L}+ ){0,3}?(?:[^.;]{0,30}?(?:hàng viện trợ|hàng cứu trợ|viện trợ|cứu trợ|hỗ trợ|nhân đạo|ứng phó khẩn cấp|không hoàn lại)))/u,
    { cameo: '070', notBefore: /(?:nhà|khoản|nguồn|gói|mức)\s+$/u }
  ),
  trigger(
    'đưa <chỉ tiêu> lên <số>',
    'target_set',
    /(?:(?:(?:nhất trí|quyết tâm|cam kết|thống nhất|phấn đấu|có kế hoạch|đặt mục tiêu) )?đưa [^,.;:]{1,60}?|(?:nhất trí|quyết tâm|cam kết|thống nhất|phấn đấu|có kế hoạch|đặt mục tiêu) (?:nâng|tăng) [^,.;:]{1,60}?) (?:lên|vượt(?: mốc)?|đạt|chạm(?: mốc)?)(?= (?:mức |khoảng |hơn |trên |mốc )?\d)/u,
    // "hướng tới mục tiêu đưa kim ngạch lên 150 tỷ USD" is one target, told by `hướng tới mục tiêu`.
    { unrealToo: true, notBefore: /(?:mục tiêu|chỉ tiêu)\s+$/u }
  ),
  // "đặt chỉ tiêu đón 18 triệu lượt khách", "Quốc hội giao chỉ tiêu tăng trưởng 6,5%", "đặt kế hoạch lợi nhuận 10.000 tỷ đồng": a target by another name;
  // "nâng mục tiêu đón khách lên 18 triệu lượt", "điều chỉnh giảm kế hoạch lợi nhuận xuống 2.000 tỷ đồng": a target set anew.
  trigger(
    'hướng tới mục tiêu',
    'target_set',
    /(?:hướng tới|hướng đến|đặt ra|đề ra|đặt) (?:các |những )?mục tiêu|(?:đặt ra|đề ra|đặt|giao) (?:các |những )?chỉ tiêu|(?:đặt|đề ra|đặt ra|lên) kế hoạch(?= (?:lợi nhuận|doanh thu|kinh doanh|tăng trưởng|sản lượng)(?![\p{L}\p{M}]))|mục tiêu (?:\p{L}+ ){0,3}?(?:được|đã được) (?:đề ra|đặt ra|xác định)|(?:nâng|hạ|điều chỉnh(?: tăng| giảm)?) (?:mục tiêu|chỉ tiêu|kế hoạch)(?= [^.;,]{0,60}?(?:lên|xuống|còn) (?:mức |khoảng |hơn |gần )?\d)/u,
    { unrealToo: true }
  ),
  // "hướng tới kim ngạch 25 tỷ USD", "nhắm mốc thương mại 30 tỷ USD", "phấn đấu thu hút 5 tỷ USD vốn FDI": a target told by the figure
  // aimed at, in its clause (not "hướng tới năm 2026, dịp kỷ niệm 50 năm", a year and an anniversary).
  trigger(
    'hướng tới <con số>',
    'target_set',
    new RegExp(
      String.raw`(?:(?:nhất trí|thống nhất|cùng) )?(?:hướng tới|hướng đến|nhắm tới|nhắm đến|nhắm mốc|nhắm mục tiêu|phấn đấu)(?= [^.;,:]{0,50}?${targetFigure})`,
      'u'
    ),
    { unrealToo: true }
  ),
  trigger(
    'công bố tình trạng khẩn cấp',
    'statement',
    /(?:công bố|ban bố|tuyên bố) (?:(?:tình trạng|tình huống) (?:khẩn cấp|thiên tai|dịch|thảm họa|báo động)|(?:hết )?dịch(?= \p{L}))/u
  ),
  trigger(
    'tuyên bố',
    'statement',
    /(?:ra |đưa ra |công bố |ra một )?(?:tuyên bố|thông cáo|Tuyên bố chung|tuyên bố chung)(?! (?:chung về|này))|(?:ra|đưa ra|công bố|thông qua) (?:bản |một )?(?:Tuyên bố|Thông cáo)|(?:ra|phát đi|đưa ra) (?:một )?(?:thông báo|công điện|lời kêu gọi|thư ngỏ)|(?:trao|gửi) công hàm(?![\p{L}\p{M}])|họp báo|gặp gỡ (?:báo chí|phóng viên)(?![\p{L}\p{M}])/u,
    {
      notBefore: /(?:ký|thông qua|theo)\s+(?:bản\s+)?$/u,
      // "Ủy ban Bầu cử tuyên bố ông X giành chiến thắng", "tuyên bố bình thường hóa quan hệ", "tuyên bố từ chức": what a
      // declaration does is the happening, told by its own trigger.
      notAfter:
        /^(?:[^.;]{0,100}?(?:giành (?:được )?(?:chiến thắng|thắng lợi)|tái đắc cử|đắc cử|trúng cử|thắng cử)(?![\p{L}\p{M}])| (?:chính thức )?(?:bình thường (?:hóa|hoá)|thiết lập|từ chức|giải tán|dỡ bỏ|áp|cấm|khởi động|bắt đầu|viện trợ|hỗ trợ|phá sản|đóng cửa|cắt đứt|nâng cấp)(?![\p{L}\p{M}]))/u
    }
  ),
  // "Việt Nam lên tiếng về vụ việc", "lên tiếng phản đối": a position made known.
  trigger('lên tiếng', 'statement', /(?:đã )?lên tiếng(?= (?:về|phản đối|phản bác|bác bỏ|trước|yêu cầu|kêu gọi)(?![\p{L}\p{M}]))/u)
]

import type { Rule } from '../../../../engine/rule.js'
import { hazard, hazardInside, impact, trigger, wordEnd } from '../words.js'

/** Several hazards told as one: "lũ lụt, sạt lở đất", "bão số 3 cùng mưa lũ, lũ quét và sạt lở đất". */
const hazards = String.raw`${hazard}(?: (?:số \d+|\p{Lu}\p{L}+))?(?: \([^)]{1,30}\))?(?:(?:, | và | cùng | cùng với | kèm )${hazardInside}(?: số \d+)?)*`

/**
 * A cause: a hazard after these is why something happened ("chết vì bão", "do lũ cuốn"), not a disaster told of its own; nor is
 * what a storm became ("Bão số 6 đã suy yếu thành áp thấp nhiệt đới").
 */
const cause =
  /(?:do|vì|bởi|bị|tại|trước|số|chống|phòng|phòng chống|ứng phó|ứng phó với|ứng phó với|khắc phục|khắc phục hậu quả|sau khi|nguy cơ|cảnh báo|mùa|suy yếu thành|mạnh lên thành|chuyển thành)\s+(?:(?:cơn|trận|đợt|các|những)\s+)?$/iu

/** A hazard's own verb told as a forecast: "bão số 4 sẽ đổ bộ", "mưa lớn có khả năng gây lũ quét". */
const forecastAfter = /^ (?:[^.;,]{0,40}? )?(?:sẽ|sắp|có thể|có khả năng|dự kiến|dự báo|nguy cơ)(?![\p{L}\p{M}])/u

/** How many people: "200 người", "hàng chục người", "nhiều người", "32 em học sinh" (a child counted with "em", "cháu"). */
const victims = String.raw`(?:\d[\d.,]*|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười|[Hh]àng chục|[Hh]àng trăm|[Hh]àng nghìn|[Hh]àng ngàn|[Nn]hiều|[Hh]àng loạt)\s+(?:(?:em|cháu) )?(?:người|em|cháu|trẻ|nạn nhân|ca|trường hợp|học sinh|công nhân|ngư dân|du khách|thuyền viên|hành khách|trẻ em|binh sĩ|chiến sĩ|cảnh sát|thợ mỏ|lao động|thành viên|nhân viên|cán bộ|bệnh nhân|quân nhân)`

/** Where the victims were, between them and their fate: "3 người ở Sơn La thiệt mạng", "2 người tại huyện Bát Xát tử vong". */
const where = String.raw` (?:ở|tại) (?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) )?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}`

/**
 * "thiệt hại do bão số 3 gây ra", "số người chết do mưa lũ, sạt lở đất gây ra": the hazard as the agent of its passive, told with its
 * verb (not "chết do bão", a cause alone).
 */
const agentOf = /(?:^|[^\p{L}\p{M}])(?:do|bởi)\s+(?:(?:cơn|trận|đợt|các|những)\s+)?$/u

/** Protests and strikes, disasters striking, deaths, celebrations. */
export const society: readonly Rule<'event'>[] = [
  // "tuần hành phản đối", "xuống đường biểu tình" are one protest, told by its first word.
  trigger(
    'biểu tình',
    'protest',
    new RegExp(
      String.raw`(?:cuộc |các cuộc |làn sóng |vụ )?(?:biểu tình|tuần hành|tụ tập phản đối|(?<!(?:biểu tình|tuần hành|xuống đường|lên tiếng) )phản đối|bạo loạn|(?:đổ )?xuống đường(?! (?:biểu tình|tuần hành))|đổ ra đường(?! (?:biểu tình|tuần hành)))${wordEnd}`,
      'u'
    ),
    {
      // "trao công hàm phản đối", "ra thông cáo phản đối", "kiên quyết phản đối": a state's objection, told as a statement.
      notBefore: /(?:công hàm|thông cáo|tuyên bố|văn bản|kiên quyết|cực lực|mạnh mẽ|bày tỏ|lên tiếng)\s+$/u,
      notAfter: /^ (?:việc|quyết định|chính sách|ý kiến)/u,
      nominal: true
    }
  ),
  // "Hàng trăm người dân đã tập trung trước trụ sở UBND huyện để phản đối dự án", "rời khỏi phòng họp để phản đối": the gathering or
  // the walkout is the protest, its purpose said after it. "nghỉ làm, kéo đến trụ sở công ty để đòi tiền thưởng": the gathering that goes on
  // from a stoppage is the same protest.
  trigger(
    'tập trung để phản đối',
    'protest',
    /(?<!(?:ngừng việc|đình công|bãi công),\s)(?:đã )?(?:tập trung|tụ tập|kéo đến|ngừng việc|rời khỏi phòng họp|bỏ ra khỏi phòng họp|rời phòng họp)(?=,? [^.;]{0,60}?để (?:phản đối|phản kháng|đòi|yêu cầu)(?![\p{L}\p{M}]))/u
  ),
  trigger('đình công', 'protest', new RegExp(String.raw`(?:cuộc )?(?:đình công|bãi công|ngừng việc tập thể|bãi khóa)${wordEnd}`, 'u'), {
    cameo: '143'
  }),
  // "Bão số 3 (bão Yagi) đã đi qua", "sạt lở đất làm 40 người chết", "lũ quét khiến".
  trigger(
    '<thiên tai> gây',
    'disaster',
    new RegExp(String.raw`${hazards}(?= (?:(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}? )?(?:đã |vừa |cũng |liên tục )?${impact})`, 'u'),
    // "bão số 4 sẽ đổ bộ", "lũ có thể gây ngập": the impact is forecast, no strike told.
    { notBefore: cause, notAfter: forecastAfter }
  ),
  trigger('do <thiên tai> gây ra', 'disaster', new RegExp(String.raw`${hazards}(?= (?:[^.;,]{0,30}? )?gây (?:ra|nên)${wordEnd})`, 'u'), {
    needsBefore: agentOf
  }),
  // "đợt nắng nóng", "trận lũ quét", "cơn bão số 3", "tình trạng lũ lụt, sạt lở đất", "tình hình hạn mặn", "sau lũ quét và sạt lở đất".
  trigger(
    'đợt <thiên tai>',
    'disaster',
    new RegExp(
      String.raw`(?:[Đđ]ợt|[Tt]rận|[Cc]ơn|[Vv]ụ|[Tt]ình trạng|[Tt]ình hình|[Dd]iễn biến) (?:${hazards}|cháy|nổ|sập|tai nạn|va chạm|lật xe|đắm tàu|chìm tàu|rơi máy bay|ngộ độc(?: thực phẩm)?)`,
      'u'
    ),
    // "Sau vụ cháy này": the one just told, named again.
    { notBefore: cause, notAfter: /^(?: [\p{Ll}\p{M}]+)?\s+(?:này|đó|nói trên|ấy)(?![\p{L}\p{M}])/u, nominal: true }
  ),
  // "Động đất mạnh tại Myanmar", "Lũ lớn ở miền Trung", "Tai nạn giao thông liên hoàn trên cao tốc": a headline names the hazard and where it
  // struck, with no verb.
  trigger(
    '<thiên tai> tại <nơi>',
    'disaster',
    new RegExp(
      String.raw`(?:${hazard}|[Cc]háy|[Nn]ổ|[Hh]ỏa hoạn)(?: (?:mạnh|lớn|kinh hoàng|nghiêm trọng|dữ dội|lịch sử|kỷ lục|liên hoàn|thảm khốc))?(?: (?:có )?(?:độ lớn |cường độ )?\d+[,.]?\d*(?: độ(?: richter| Richter)?)?)?(?= (?:tại|ở) (?:(?:tỉnh|thành phố|huyện|quận|xã|phường|miền|khu vực|thủ đô) )?\p{Lu}| trên (?:cao tốc|quốc lộ|đèo|tỉnh lộ|đường cao tốc)(?![\p{L}\p{M}]))`,
      'u'
    ),
    // "Bão Trami gây lở đất ở Philippines": a hazard another one caused is part of that one.
    {
      notBefore: new RegExp(
        String.raw`${cause.source}|(?:[Pp]hòng|[Cc]hữa|[Cc]hống|[Vv]ụ|[Tt]rận|[Cc]ơn|[Đđ]ợt|gây|gây ra|làm|khiến)\s+$`,
        'u'
      )
    }
  ),
  // "đám cháy bùng phát tại quán karaoke", "đám cháy lớn xảy ra": a fire breaking out (not "đám cháy được khống chế", one already told).
  trigger(
    'đám cháy bùng phát',
    'disaster',
    /[Đđ]ám cháy(?: lớn)?(?= (?:\p{L}+ ){0,2}?(?:bùng phát|xảy ra|bùng lên|thiêu rụi|thiêu cháy)(?![\p{L}\p{M}]))/u,
    {
      notBefore: cause
    }
  ),
  // "Cháy nhà trọ ở Hà Nội", "cháy lớn tại chung cư mini", "Nổ nhà máy pháo hoa": a fire or a blast and what burned.
  trigger(
    'cháy <nơi>',
    'disaster',
    /(?:[Cc]háy|[Nn]ổ)(?: (?:lớn|dữ dội|kinh hoàng|nghiêm trọng))?(?= (?:(?:tại|ở) )?(?:nhà trọ|nhà dân|nhà xưởng|xưởng|chung cư|tòa nhà|khách sạn|quán|karaoke|chợ|kho|nhà máy|cửa hàng|bệnh viện|trường|xe khách|xe buýt|tàu|công ty|cây xăng|bình gas|lò)(?![\p{L}\p{M}]))/u,
    { notBefore: new RegExp(String.raw`${cause.source}|(?:[Pp]hòng|[Cc]hữa|[Cc]hống|[Vv]ụ|[Tt]rận|nguy cơ)\s+$`, 'u') }
  ),
  // "Xe khách lao xuống vực", "xe tải đâm vào xe khách", "máy bay rơi", "tàu cá bị chìm", "tòa nhà bị sập": a crash or a collapse, told by what it struck.
  trigger(
    '<xe> lao xuống vực',
    'disaster',
    /(?:bất ngờ |đã |bị )*(?:lao xuống (?:vực|sông|suối|kênh|mương|biển|hồ|đèo)|lật (?:nghiêng|ngửa)|bị lật|lật(?= (?:trên|tại|ở|khi|xuống)(?![\p{L}\p{M}]))|(?:đâm|tông|húc)(?= (?:vào |trực diện |thẳng vào )?(?:nhau|xe|ô tô|người|cột|dải phân cách|nhà|tàu|vách)(?![\p{L}\p{M}]))|(?:đâm|tông) (?:vào|trực diện|vào nhau)|(?:bị )?(?:sóng )?(?:đánh chìm|đắm)(?![\p{L}\p{M}])|va chạm(?= (?:với|giữa|trên|tại|ở|nhau)(?![\p{L}\p{M}]))|rơi(?= (?:tại|ở|xuống|khi|ngay)(?![\p{L}\p{M}]))|(?:bị )?chìm(?= (?:tại|ở|ngoài|trên|khi)(?![\p{L}\p{M}]))|trật bánh|bốc cháy|(?:bị )?(?:sập|đổ sập)(?![\p{L}\p{M}]))/u,
    {
      needsBefore:
        /(?:xe khách|xe tải|xe buýt|xe container|xe đầu kéo|xe con|xe máy|xe ô tô|ô tô|tàu hỏa|đoàn tàu|máy bay|trực thăng|tàu cá|tàu chở|tàu du lịch|ca nô|thuyền|sà lan|tòa nhà|cầu|chung cư|giàn giáo|công trình|nhà xưởng|hầm|mỏ)(?: [^.;,]{0,80})? $/iu
    }
  ),
  // "Sập cầu Phong Châu", "Va chạm giữa xe tải và xe máy": a headline opens with the collapse or the crash.
  trigger('Sập cầu', 'disaster', /(?:Sập|Đổ sập|Va chạm giữa)(?= (?:cầu|nhà|tòa nhà|chung cư|công trình|hầm|mỏ|xe|tàu)(?![\p{L}\p{M}]))/u),
  // "sau lũ quét và sạt lở đất": the hazards a place suffered; "sửa mái nhà sau bão", "sau mưa lũ" name the time after the one just told.
  trigger('sau <thiên tai>', 'disaster', new RegExp(String.raw`${hazards}(?<!(?:^|[^\p{L}\p{M}])(?:bão|mưa lũ|lũ))`, 'u'), {
    needsBefore: /(?:^|[^\p{L}\p{M}])sau $/u,
    notBefore: cause
  }),
  trigger('Bão <tên>', 'disaster', /(?:Bão|Siêu bão|Áp thấp nhiệt đới)(?= (?:số \d+|\p{Lu}))/u, { notBefore: cause }),
  // "200 người chết, mất tích", "13 người đã thiệt mạng", "Hai chiến sĩ công an đã hy sinh", "1 người tử vong", "làm 5 người thiệt mạng", "1 người bị lũ cuốn trôi tử vong".
  trigger(
    '<n> người chết',
    'death',
    new RegExp(
      String.raw`${victims}(?:(?: \p{L}+){0,2}?| bị(?: \p{L}+){1,4}?|${where}) (?:đã |bị |vẫn )?(?:chết|tử vong|thiệt mạng|tử nạn|thương vong|qua đời|chết đuối|đuối nước|hy sinh)${wordEnd}(?:(?:, | và )(?:mất tích|bị thương))?`,
      'u'
    )
  ),
  // "32 học sinh bị ngộ độc thực phẩm": people struck by a poisoning, an accident.
  trigger('<n> người bị ngộ độc', 'disaster', new RegExp(String.raw`(?:bị |nghi |có biểu hiện )*ngộ độc(?: thực phẩm)?${wordEnd}`, 'u'), {
    needsBefore: new RegExp(String.raw`${victims}(?: [\p{L}\p{M}]+){0,10}? $`, 'u')
  }),
  // "cướp đi sinh mạng của 20 người", "cướp đi tính mạng 3 ngư dân", "của hơn 3.000 người": deaths told by what took them.
  trigger(
    'cướp đi sinh mạng <n> người',
    'death',
    new RegExp(String.raw`cướp đi (?:sinh mạng|tính mạng|mạng sống)(?= (?:của )?(?:hơn |khoảng |gần |ít nhất |trên )?${victims})`, 'u')
  ),
  // "một bệnh nhân nữ 45 tuổi ở quận Hà Đông đã tử vong", "một người dân ở huyện Cẩm Xuyên bị điện giật thiệt mạng",
  // "ca tử vong thứ 5", "Nam sinh lớp 10 đuối nước khi tắm sông": one death, told by who died or by its rank.
  trigger(
    '<bệnh nhân> tử vong',
    'death',
    new RegExp(String.raw`(?:đã |bị )?(?:tử vong|thiệt mạng|tử nạn|chết tại chỗ|chết đuối|đuối nước)${wordEnd}|ca tử vong(?= thứ)`, 'u'),
    {
      needsBefore:
        /(?:^|[^\p{L}\p{M}])(?:bệnh nhân|bệnh nhi|nạn nhân|bé|cháu|tài xế|lái xe|phi công|hành khách|công nhân|người lao động|ngư dân|du khách|học sinh|nữ sinh|nam sinh|sinh viên|người dân|thanh niên|người đàn ông|người phụ nữ|cụ ông|cụ bà|sản phụ|thai phụ|chiến sĩ|ghi nhận)(?:\s+[^\s.;,]+){0,8}\s+$/iu,
      // "Không có bệnh nhân nào tử vong": a denial that reaches past the patient.
      notBefore: /(?:[Kk]hông|[Cc]hưa)(?:\s+[^\s.;,]+){0,4}\s+$/u
    }
  ),
  // "Anh Nguyễn Văn Nam (32 tuổi) tử vong tại chỗ", "ông Lê Văn Hùng đã tử vong": one death, told by the name of who died.
  trigger('<anh X> tử vong', 'death', /(?:đã |bị )?(?:tử vong|thiệt mạng|tử nạn|chết tại chỗ|chết đuối|đuối nước)(?![\p{L}\p{M}])/u, {
    needsBefore:
      /(?:^|[^\p{L}\p{M}])(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ụ|[Ee]m|[Cc]háu|[Bb]é)(?: \p{Lu}[\p{L}\p{M}]*){1,4}(?: \([^)]{1,40}\))?(?:, [^.;,]{1,60},)? $/u
  }),
  // "hỗ trợ mỗi gia đình có người tử vong": the families of the dead, named for aid, no toll told.
  trigger('số người chết', 'death', new RegExp(String.raw`(?:số người|người) (?:chết|tử vong|thiệt mạng)${wordEnd}`, 'u'), {
    notBefore: /(?:gia đình|hộ|thân nhân)(?: [^\s.,;]+){0,2} có\s+$/u
  }),
  trigger('sự ra đi|từ trần|qua đời', 'death', /(?:sự ra đi|từ trần|qua đời|tạ thế)(?![\p{L}\p{M}])/u, { notBefore: /(?:người|số)\s+$/u }),
  // "Các vụ tai nạn làm chết gần 7.800 người", "khiến thiệt mạng 3 người": the toll told after its verb.
  trigger(
    'làm chết <n> người',
    'death',
    new RegExp(String.raw`(?:làm|khiến|cướp đi) (?:chết|thiệt mạng|tử vong)(?= (?:khoảng |gần |hơn |ít nhất |trên )?${victims})`, 'u')
  ),
  trigger(
    'tổ chức kỷ niệm',
    'celebration',
    new RegExp(
      String.raw`(?:(?:long trọng |đã )?tổ chức (?:lễ kỷ niệm|kỷ niệm|mít tinh kỷ niệm|lễ hội|Lễ hội|Festival|festival|đại lễ|lễ mừng)|(?:long trọng|tưng bừng|trọng thể|đã) kỷ niệm|lễ kỷ niệm|Lễ kỷ niệm|mít tinh kỷ niệm|lễ hội|Lễ hội|Ngày hội|ngày hội|Đêm hội|đêm hội|Tuần lễ(?! [Cc]ấp cao)|[Ll]ễ [Gg]iỗ [Tt]ổ|Festival|festival|đại lễ|lễ mừng)(?= [\p{L}\p{N}])(?! (?:chương|niệm|vật))`,
      'u'
    ),
    // A named or numbered one, "Lễ hội pháo hoa quốc tế Đà Nẵng", "Lễ hội pháo hoa quốc tế 2025", "Ngày hội Văn hóa ... đã khai mạc":
    // not "các lễ hội truyền thống";
    // "Lễ hội sẽ diễn ra từ ngày 1/6" is a plan.
    {
      needsAfter:
        /^ (?:[\p{Ll}\p{M}]+ ){0,4}?(?:\d|ngày|năm|lần|\p{Lu})|^[^.;]{0,40}? (?:đã |vừa )?(?:khai mạc|khai hội|diễn ra|bế mạc)(?![\p{L}\p{M}])/u,
      notAfter: /^[^.;:!?,]{0,40}?(?:^|[^\p{L}\p{M}])(?:sẽ|sắp|dự kiến|dự định)(?![\p{L}\p{M}])/u
    }
  ),
  // "chương trình giao lưu văn hóa kỷ niệm 50 năm", "Lễ diễu binh, diễu hành kỷ niệm 80 năm Quốc khánh", "đêm nhạc kỷ niệm", "Lễ diễu binh mừng
  // Quốc khánh": an event held for an anniversary or a feast.
  trigger(
    '<chương trình> kỷ niệm <n> năm',
    'celebration',
    /(?:(?:[Cc]hương trình|[Đđ]êm|[Bb]uổi|[Hh]oạt động|[Ll]ễ)(?: [\p{Ll}\p{M}]+){0,4}? kỷ niệm|(?:[Ll]ễ )?(?:diễu binh|duyệt binh|diễu hành)(?:,? (?:diễu binh|diễu hành))?)(?= (?:\p{Ll}+ ){0,3}?\d+ năm)|[Ll]ễ (?:diễu binh|duyệt binh|diễu hành)(?= (?:mừng|chào mừng) )/u,
    { notAfter: /^[^.;:!?,]{0,40}?(?:^|[^\p{L}\p{M}])(?:sẽ|sắp|dự kiến|dự định)(?![\p{L}\p{M}])/u }
  )
]

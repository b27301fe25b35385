import type { Rule } from '../../../../engine/rule.js'
import { hazard, hazardInside, impact, trigger, wordEnd } from '../words.js'

/** Several hazards told as one: "lũ lụt, sạt lở đất", "bão số 3 cùng mưa lũ, lũ quét và sạt lở đất". */
const hazards = String.raw`${hazard}(?: (?:số \d+|\p{Lu}\p{L}+))?(?: \([^)]{1,30}\))?(?:(?:, | và | cùng | cùng với | kèm )${hazardInside}(?: số \d+)?)*`

/** A cause: a hazard after these is why something happened ("chết vì bão", "do lũ cuốn"), not a disaster told of its own. */
const cause =
  /(?:do|vì|bởi|bị|tại|trước|số|chống|phòng|phòng chống|ứng phó|ứng phó với|ứng phó với|khắc phục|khắc phục hậu quả|sau khi|nguy cơ|cảnh báo|mùa)\s+(?:(?:cơn|trận|đợt|các|những)\s+)?$/iu

/** How many people: "200 người", "hàng chục người", "nhiều người", "32 em học sinh" (a child counted with "em", "cháu"). */
const victims = String.raw`(?:\d[\d.,]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm|hàng nghìn|hàng ngàn|nhiều|hàng loạt)\s+(?:(?:em|cháu) )?(?:người|em|cháu|trẻ|nạn nhân|ca|trường hợp|học sinh|công nhân|ngư dân|du khách|thuyền viên|hành khách|trẻ em|binh sĩ|chiến sĩ|cảnh sát|thợ mỏ|lao động)`

/** Protests and strikes, disasters striking, deaths, celebrations. */
export const society: readonly Rule<'event'>[] = [
  // "tuần hành phản đối", "xuống đường biểu tình" are one protest, told by its first word.
  trigger(
    'biểu tình',
    'protest',
    new RegExp(
      String.raw`(?:cuộc |các cuộc |làn sóng |vụ )?(?:biểu tình|tuần hành|tụ tập phản đối|(?<!(?:biểu tình|tuần hành|xuống đường) )phản đối|bạo loạn|xuống đường(?! (?:biểu tình|tuần hành)))${wordEnd}`,
      'u'
    ),
    {
      notAfter: /^ (?:việc|quyết định|chính sách|ý kiến)/u,
      nominal: true
    }
  ),
  trigger('đình công', 'protest', new RegExp(String.raw`(?:cuộc )?(?:đình công|bãi công|ngừng việc tập thể|bãi khóa)${wordEnd}`, 'u'), {
    cameo: '143'
  }),
  // "Bão số 3 (bão Yagi) đã đi qua", "sạt lở đất làm 40 người chết", "lũ quét khiến".
  trigger(
    '<thiên tai> gây',
    'disaster',
    new RegExp(String.raw`${hazards}(?= (?:(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}? )?(?:đã |vừa |cũng |liên tục )?${impact})`, 'u'),
    { notBefore: cause }
  ),
  // "đợt nắng nóng", "trận lũ quét", "cơn bão số 3", "tình trạng lũ lụt, sạt lở đất", "tình hình hạn mặn", "sau lũ quét và sạt lở đất".
  trigger(
    'đợt <thiên tai>',
    'disaster',
    new RegExp(
      String.raw`(?:[Đđ]ợt|[Tt]rận|[Cc]ơn|[Vv]ụ|[Tt]ình trạng|[Tt]ình hình|[Dd]iễn biến) (?:${hazards}|cháy|nổ|sập|tai nạn|ngộ độc(?: thực phẩm)?)`,
      'u'
    ),
    { notBefore: cause }
  ),
  trigger('sau <thiên tai>', 'disaster', new RegExp(hazards, 'u'), { needsBefore: /(?:^|[^\p{L}\p{M}])sau $/u, notBefore: cause }),
  trigger('Bão <tên>', 'disaster', /(?:Bão|Siêu bão|Áp thấp nhiệt đới)(?= (?:số \d+|\p{Lu}))/u, { notBefore: cause }),
  // "200 người chết, mất tích", "13 người đã thiệt mạng", "1 người tử vong", "làm 5 người thiệt mạng".
  trigger(
    '<n> người chết',
    'death',
    new RegExp(
      String.raw`${victims}(?: \p{L}+){0,2}? (?:đã |bị |vẫn )?(?:chết|tử vong|thiệt mạng|tử nạn|thương vong|qua đời|chết đuối)${wordEnd}(?:(?:, | và )(?:mất tích|bị thương))?`,
      'u'
    )
  ),
  // "32 học sinh bị ngộ độc thực phẩm": people struck by a poisoning, an accident.
  trigger('<n> người bị ngộ độc', 'disaster', new RegExp(String.raw`(?:bị |nghi |có biểu hiện )*ngộ độc(?: thực phẩm)?${wordEnd}`, 'u'), {
    needsBefore: new RegExp(String.raw`${victims}(?: [\p{L}\p{M}]+){0,10}? $`, 'u')
  }),
  // "cướp đi sinh mạng của 20 người", "cướp đi tính mạng 3 ngư dân": deaths told by what took them.
  trigger(
    'cướp đi sinh mạng <n> người',
    'death',
    new RegExp(String.raw`cướp đi (?:sinh mạng|tính mạng|mạng sống)(?= (?:của )?${victims})`, 'u')
  ),
  // "một bệnh nhân nữ 45 tuổi ở quận Hà Đông đã tử vong", "một người dân ở huyện Cẩm Xuyên bị điện giật thiệt mạng",
  // "ca tử vong thứ 5": one death, told by who died or by its rank.
  trigger(
    '<bệnh nhân> tử vong',
    'death',
    new RegExp(String.raw`(?:đã |bị )?(?:tử vong|thiệt mạng|tử nạn)${wordEnd}|ca tử vong(?= thứ)`, 'u'),
    {
      needsBefore:
        /(?:^|[^\p{L}\p{M}])(?:bệnh nhân|bệnh nhi|nạn nhân|bé|cháu|tài xế|lái xe|phi công|hành khách|công nhân|người lao động|ngư dân|du khách|học sinh|nữ sinh|nam sinh|sinh viên|người dân|thanh niên|người đàn ông|người phụ nữ|cụ ông|cụ bà|sản phụ|thai phụ|chiến sĩ|ghi nhận)(?:\s+[^\s.;,]+){0,8}\s+$/u,
      // "Không có bệnh nhân nào tử vong": a denial that reaches past the patient.
      notBefore: /(?:[Kk]hông|[Cc]hưa)(?:\s+[^\s.;,]+){0,4}\s+$/u
    }
  ),
  trigger('số người chết', 'death', new RegExp(String.raw`(?:số người|người) (?:chết|tử vong|thiệt mạng)${wordEnd}`, 'u')),
  trigger('sự ra đi|từ trần|qua đời', 'death', /(?:sự ra đi|từ trần|qua đời|tạ thế)(?= |$)/u, { notBefore: /(?:người|số)\s+$/u }),
  trigger(
    'tổ chức kỷ niệm',
    'celebration',
    new RegExp(
      String.raw`(?:(?:long trọng |đã )?tổ chức (?:lễ kỷ niệm|kỷ niệm|mít tinh kỷ niệm|lễ hội|Lễ hội|Festival|festival|đại lễ|lễ mừng)|(?:long trọng|tưng bừng|trọng thể|đã) kỷ niệm|lễ kỷ niệm|Lễ kỷ niệm|mít tinh kỷ niệm|lễ hội|Lễ hội|Festival|festival|đại lễ|lễ mừng)(?= [\p{L}\p{N}])(?! (?:chương|niệm|vật))`,
      'u'
    ),
    // A named or numbered one, "Lễ hội pháo hoa quốc tế Đà Nẵng", "Lễ hội pháo hoa quốc tế 2025": not "các lễ hội truyền thống".
    { needsAfter: /^ (?:[\p{Ll}\p{M}]+ ){0,4}?(?:\d|ngày|năm|lần|\p{Lu})/u }
  )
]

import type { Rule } from '../../../../engine/rule.js'
import { trigger, wordEnd } from '../words.js'

/** What a parliament or a government adopts: a resolution, a law, a bill, an amendment, a plan, a budget. */
const measure = String.raw`(?:chủ trương đầu tư|Nghị quyết|nghị quyết|Luật|luật|dự án luật|dự luật|Dự luật|đạo luật|Đạo luật|bản sửa đổi|Bộ luật|Nghị định|nghị định|Quyết định|quyết định|Pháp lệnh|pháp lệnh|kế hoạch|Kế hoạch|ngân sách|dự toán|chính sách|chương trình|Chương trình|công điện|Công điện|Quy hoạch|quy hoạch|Hiến pháp|hiến pháp|Đề án|đề án|Chiến lược|chiến lược|chỉ thị|Chỉ thị|thông tư|Thông tư|công văn|Công văn|quy chế|Quy chế|phương án|Phương án|một loạt)`

/** A person named, then the office a vote gives them: "ông Lương Cường làm Chủ tịch nước", "bà A, Chủ tịch đảng X, giữ chức". */
const electedAs = String.raw`(?:ông |bà )?\p{Lu}[^.;]{0,90}? (?:làm|giữ chức) `

/** The next person of a list, right before the office given: "..., và bà Nguyễn Thị B " of "và bà Nguyễn Thị B làm Tổng Thư ký". */
const nextPerson = String.raw`(?:, |,? và )(?:ông |bà )?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,4} `

/** Elections, their results, appointments and resignations, laws and policies adopted. */
export const politics: readonly Rule<'event'>[] = [
  // "cuộc bầu cử giữa kỳ", "cuộc tổng tuyển cử", "bầu cử Quốc hội khóa XV".
  trigger(
    'cuộc bầu cử',
    'election',
    new RegExp(
      String.raw`(?:(?:cuộc|kỳ) )?(?:tổng tuyển cử|bầu cử|Bầu cử|tổng tuyển cử)(?: (?:giữa kỳ|tổng thống|Tổng thống|quốc hội|Quốc hội|đại biểu Quốc hội|địa phương|sớm|hội đồng nhân dân|Hội đồng nhân dân))?${wordEnd}`,
      'u'
    ),
    {
      notAfter: /^ (?:viên|cử tri|Ủy ban|ủy ban|hội đồng bầu cử|Hội đồng bầu cử|tổ bầu cử|gian lận)/u,
      notBefore:
        /(?:Ủy ban|ủy ban|Hội đồng|hội đồng|Luật|luật|công tác|kết quả|Kết quả|đơn vị|khu vực|tổ|ban|danh sách|gian lận|vi phạm)\s+$/u,
      nominal: true
    }
  ),
  // "tỷ lệ cử tri đi bầu đạt 99,6%": a turnout, told of an election already named.
  // "bỏ phiếu bầu ông A làm Thủ tướng" elects a person: a result (`bầu <người> làm`), no polling day.
  trigger('đi bỏ phiếu', 'election', /(?:đi |đã )?bỏ phiếu (?:bầu|bầu cử|bầu chọn)|(?:đi bầu cử|đi bỏ phiếu|đi bầu)(?![\p{L}\p{M}])/u, {
    notBefore: /[Tt]ỷ lệ(?: cử tri)?\s+$/u,
    notAfter: new RegExp(String.raw`^ ${electedAs}`, 'u')
  }),
  trigger(
    'công bố kết quả bầu cử',
    'election_result',
    /(?:công bố|thông báo|công nhận) kết quả (?:bầu cử|kiểm phiếu|cuộc bầu cử|tổng tuyển cử)/u
  ),
  // "Ủy ban Bầu cử công bố kết quả chính thức": the results of an election named before.
  trigger(
    '<bầu cử> công bố kết quả',
    'election_result',
    /(?:công bố|thông báo|công nhận) kết quả(?= (?:chính thức|cuối cùng|sơ bộ)| ngày| vào|[,.;]|$)/u,
    {
      needsBefore: /(?:[Bb]ầu cử|[Tt]uyển cử|[Kk]iểm phiếu)/u
    }
  ),
  // "trúng cử", "đắc cử", "giành được đa số ghế", "thắng lợi ... tại cuộc tổng tuyển cử", "được Quốc hội bầu giữ chức Thủ tướng", "được Quốc hội Thái Lan bầu làm Thủ tướng".
  trigger(
    'trúng cử',
    'election_result',
    new RegExp(
      String.raw`(?:đã )?(?:trúng cử|đắc cử|tái đắc cử|thắng cử|được (?:[^\s.,;]+ ){0,5}?bầu (?:làm|giữ chức)|giành (?:được )?(?:đa số|thắng lợi|chiến thắng)(?: \p{L}+){0,2}?(?= (?:ghế|tại|trong) )|giành được đa số ghế|giành (?:được )?(?:\d+(?:\/\d+)?|một|hai|ba) ghế|(?:chiến thắng|thắng)(?= (?:trong |tại )?(?:cuộc )?(?:bầu cử|tổng tuyển cử|cuộc bầu cử)))${wordEnd}|thắng lợi(?= (?:\p{L}+ ){0,6}?(?:tại|trong) (?:cuộc )?(?:tổng tuyển cử|bầu cử))`,
      'u'
    )
  ),
  // "đảng đối lập chiếm đa số ghế trong quốc hội mới", "nắm quá bán số ghế": a majority won, told as held, after an election just named
  // (with no vote near, "đảng chiếm đa số ghế" tells how a parliament stands).
  trigger(
    'chiếm đa số ghế',
    'election_result',
    /(?:đã )?(?:chiếm|nắm giữ|nắm|giành lại|giữ vững) (?:được )?(?:đa số|quá bán)(?: số)? ghế(?![\p{L}\p{M}])/u,
    {
      needsNearby: /(?:[Bb]ầu cử|[Tt]uyển cử|[Bb]ỏ phiếu|[Kk]iểm phiếu)/u
    }
  ),
  // "Quốc hội đã bầu ông Lương Cường làm Chủ tịch nước", "đã bỏ phiếu bầu ông Ishiba Shigeru, Chủ tịch Đảng Dân chủ Tự do (LDP)
  // cầm quyền, làm Thủ tướng": the electors' side of a result, the person's titles between.
  trigger('bầu <người> làm', 'election_result', new RegExp(String.raw`(?:đã )?(?:bỏ phiếu )?bầu(?= ${electedAs})`, 'u')),
  // "bầu ông A làm Phó Chủ tịch Quốc hội và bà B làm Tổng Thư ký": each person after the first is elected too, told by the office's verb.
  trigger(
    'bầu <người> làm <chức> và <người> làm <chức>',
    'election_result',
    new RegExp(String.raw`(?<=${nextPerson})(?:làm|giữ chức)(?= )`, 'u'),
    {
      needsBefore: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])bầu ${electedAs}[^.;]{1,60}?$`, 'u')
    }
  ),
  trigger(
    'bổ nhiệm <người> làm <chức> và <người> làm <chức>',
    'appointment',
    new RegExp(String.raw`(?<=${nextPerson})(?:làm|giữ chức)(?= )`, 'u'),
    {
      needsBefore: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])bổ nhiệm ${electedAs}[^.;]{1,60}?$`, 'u')
    }
  ),
  // "được bầu làm Phó Thủ tướng" is a result of a vote (`trúng cử`), as "was elected" is in English.
  // "trao quyết định bổ nhiệm Đại sứ": the order handed over is the appointment made (a proposal, "Đề nghị bổ nhiệm", is none).
  trigger('được bổ nhiệm', 'appointment', /(?:được |đã )?(?:[Bb]ổ nhiệm|nhậm chức|tuyên thệ nhậm chức)(?![\p{L}\p{M}])/u, {
    // "Phát biểu sau khi nhậm chức": the office taken, told before, as the time of what follows.
    notBefore: /(?:(?<!(?:trao|ký|trao các|ký các) )quyết định|[Đđ]ề nghị|[Vv]iệc|sau khi|kể từ khi|từ khi)\s+$/u
  }),
  // "Quốc hội phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm ông A", "phê chuẩn tờ trình ... miễn nhiệm": the proposal approved is the office given or taken.
  trigger(
    'phê chuẩn đề nghị bổ nhiệm',
    'appointment',
    /(?:đã )?(?:phê chuẩn|chấp thuận|thông qua) (?:đề nghị|tờ trình|Tờ trình)[^.;]{0,60}?bổ nhiệm(?![\p{L}\p{M}])/u
  ),
  trigger(
    'phê chuẩn đề nghị miễn nhiệm',
    'resignation',
    /(?:đã )?(?:phê chuẩn|chấp thuận|thông qua) (?:đề nghị|tờ trình|Tờ trình)[^.;]{0,60}?(?:miễn nhiệm|cách chức|bãi nhiệm)(?![\p{L}\p{M}])/u
  ),
  // "Bộ Chính trị điều động, phân công ông A giữ chức Bí thư Thành ủy", "chỉ định ông B làm Bí thư": an office given by a body;
  // "ông C được giao giữ chức Bộ trưởng", "được phê chuẩn làm Bộ trưởng", "được giao quyền Bộ trưởng" (not "được giao nhiệm vụ"), the person's side.
  trigger(
    'điều động <người> giữ chức',
    'appointment',
    /(?:đã )?(?:điều động, phân công|điều động|phân công|chỉ định)(?= (?:ông |bà |đồng chí )?\p{Lu}[^.;]{0,60}? (?:giữ chức|làm|tham gia) )|(?:được|đã được) (?:điều động|phân công|chỉ định|giao|phê chuẩn)(?= (?:giữ chức|làm) )|(?:được|đã được) giao quyền(?= \p{Lu})|(?:điều động|phân công|chỉ định|phê chuẩn)(?= (?:giữ chức|làm) )(?<=được (?:[^\s.,;]+ ){1,4}(?:điều động|phân công|chỉ định|phê chuẩn))/u
  ),
  // "Ông Lâm kế nhiệm ông Nam", "tiếp quản vị trí Tổng giám đốc": one takes an office another left.
  trigger('kế nhiệm', 'appointment', /(?:đã )?(?:kế nhiệm|tiếp quản (?:vị trí|chức vụ|cương vị|ghế))(?![\p{L}\p{M}])/u, {
    notBefore: /(?:người|ứng viên|ứng cử viên|việc)\s+$/u
  }),
  // "từ chức", "thôi giữ chức", "xin thôi làm đại biểu", "cho thôi làm nhiệm vụ", "rời nhiệm sở", "xin nghỉ công tác"; one who leaves an office by a vote or an order too: "miễn nhiệm", "bãi nhiệm", "cách chức".
  trigger(
    'từ chức',
    'resignation',
    new RegExp(
      String.raw`(?:đã )?(?:từ chức|xin từ chức|thôi giữ chức|nghỉ hưu|miễn nhiệm|bãi nhiệm|cách chức|bị cách chức|rời nhiệm sở|xin nghỉ công tác)${wordEnd}|(?:xin |cho |được cho )?thôi (?:làm nhiệm vụ|làm đại biểu|đảm nhiệm|giữ (?:các )?chức vụ|làm thành viên)${wordEnd}|(?:xin |cho |được cho )?thôi làm(?= \p{Lu})`,
      'u'
    ),
    { notBefore: /(?:quyết định|[Đđ]ề nghị|tờ trình|[Vv]iệc|xem xét)\s+$/u }
  ),
  // "Bộ Công Thương đã điều chỉnh tăng giá điện bán lẻ", "điều chỉnh giảm lãi suất tái cấp vốn": a regulated price or rate set by decision.
  trigger(
    'điều chỉnh tăng giá điện',
    'policy_adopted',
    /(?:đã |quyết định )?điều chỉnh (?:tăng|giảm)(?= (?:giá điện|giá xăng|giá xăng dầu|lãi suất|lương cơ sở|mức lương|giá bán lẻ|phí|lệ phí)(?![\p{L}\p{M}]))/u
  ),
  // "Bộ Tài chính đã trình Quốc hội dự án Luật Thuế giá trị gia tăng": a law presented to the body that passes it ("sẽ trình" is a plan).
  trigger(
    'trình Quốc hội dự án luật',
    'policy_adopted',
    /(?:đã |vừa )?trình(?= (?:Quốc hội|Chính phủ|Thủ tướng|Ủy ban Thường vụ Quốc hội|Hội đồng nhân dân|HĐND) (?:dự án|Dự án|dự thảo|Dự thảo|đề án|Đề án)(?![\p{L}\p{M}]))/u
  ),
  // "Hội đồng châu Âu đã chính thức thông qua việc lùi thời hạn": a decision adopted, told by what it does (a bare "thông qua việc" is "by way of").
  // "Quốc hội thông qua Nghị quyết", "bấm nút thông qua", "Nghị quyết ... đã được Quốc hội chính thức thông qua", "chấp thuận Nghị quyết".
  trigger(
    'thông qua <văn bản>',
    'policy_adopted',
    new RegExp(
      String.raw`(?:biểu quyết |bấm nút |chính thức )?(?:[Tt]hông qua|chấp thuận|[Pp]hê duyệt|[Bb]an hành|phê chuẩn|ký ban hành)(?= (?:[\p{L}\p{N}]+ ){0,2}?${measure})|(?:đã |chính thức |biểu quyết |bỏ phiếu )+(?:thông qua|chấp thuận|phê duyệt)(?= việc${wordEnd})`,
      'u'
    )
  ),
  // "Thủ tướng đã ký công điện", "ký Quyết định số 123": an order signed is an order issued (not an agreement signed).
  trigger(
    'ký <văn bản chỉ đạo>',
    'policy_adopted',
    /(?:đã )?ký(?= (?:ban hành )?(?:Công điện|công điện|Quyết định|quyết định|Nghị định|nghị định|Chỉ thị|chỉ thị|Thông tư|thông tư|Lệnh|lệnh)(?![\p{L}\p{M}]))/u,
    // "ký lệnh tạm ngừng nhập khẩu gạo": an order that stops trade is a trade measure (`ngừng nhập khẩu`).
    // "ký quyết định bổ nhiệm ông A": an office given (`được bổ nhiệm`); "ký quyết định phê duyệt Chiến lược": the approval tells it.
    {
      notAfter:
        /^ (?:ban hành )?(?:[Ll]ệnh|[Qq]uyết định) (?:(?:tạm )?(?:cấm|ngừng|dừng|đình chỉ) (?:nhập|xuất) khẩu|bổ nhiệm|miễn nhiệm|điều động|phê duyệt|ban hành|thông qua)/u
    }
  ),
  // "Bộ trưởng Bộ Tài chính đã trình bày báo cáo về tình hình thực hiện ngân sách", "trình dự toán": a budget presented.
  trigger(
    'trình <dự toán>',
    'policy_adopted',
    /(?:đã )?(?:trình bày|trình)(?= (?:\p{L}+ ){0,8}?(?:dự toán|ngân sách|dự thảo luật|dự án luật|Tờ trình|tờ trình)(?![\p{L}\p{M}]))/u,
    { notBefore: /(?:được|việc)\s+$/u }
  ),
  trigger(
    '<văn bản> được thông qua',
    'policy_adopted',
    new RegExp(
      String.raw`(?:đã )?được (?:\p{Lu}\p{L}* )*(?:\p{L}+ ){0,2}?(?:chính thức )?(?:thông qua|ban hành|phê duyệt|phê chuẩn)${wordEnd}`,
      'u'
    ),
    { needsBefore: new RegExp(String.raw`${measure}[^.;]{0,80}$`, 'u') }
  ),
  // "Nghị quyết về kế hoạch năm 2026 mà Quốc hội thông qua ngày 13/11/2025": the text named first, then who passed it.
  trigger(
    '<văn bản> mà <cơ quan> thông qua',
    'policy_adopted',
    /(?:đã |vừa )?(?:thông qua|ban hành|phê duyệt|phê chuẩn)(?![\p{L}\p{M}])/u,
    {
      needsBefore: new RegExp(String.raw`${measure}[^.;]{0,80}? mà (?:[^\s.;,]+ ){1,5}$`, 'u')
    }
  ),
  // "Tổng thống giải tán Quốc hội", "Quốc hội bị giải tán": a parliament dissolved by decree.
  trigger(
    'giải tán Quốc hội',
    'policy_adopted',
    /(?:đã |bị )?giải tán(?= (?:Quốc hội|quốc hội|Hạ viện|hạ viện|Nội các|nội các|chính phủ|Chính phủ))|(?:đã |bị )giải tán(?![\p{L}\p{M}])/u,
    {
      needsBefore: /(?:Quốc hội|Hạ viện|Nội các|Tổng thống|Thủ tướng|Quốc vương|Nhà vua|quốc hội|hạ viện)[^.;]{0,60}$/u
    }
  ),
  // "miễn thị thực cho công dân 12 nước", "gia hạn thời gian tạm trú": an entry policy decided.
  // "Thỏa thuận về miễn thị thực cho người mang hộ chiếu ngoại giao": the subject of an agreement, no policy decided by itself.
  trigger('miễn thị thực', 'policy_adopted', /(?:đơn phương )?(?:miễn|gia hạn|nới lỏng) (?:thị thực|visa)(?= (?:cho|đối với))/u, {
    notBefore: /(?:[Tt]hỏa thuận|[Tt]hoả thuận|Hiệp định|hiệp định|[Bb]ản ghi nhớ|[Nn]ghị định thư) về\s+$/u
  }),
  // "EU hoãn thực thi quy định chống phá rừng", "lùi thời hạn áp dụng": a rule's start put off is a decision taken.
  trigger('hoãn thực thi', 'policy_adopted', /(?:hoãn|lùi|gia hạn) (?:thời hạn |việc )?(?:thực thi|áp dụng|hiệu lực)(?![\p{L}\p{M}])/u),
  // "Hiệp định EVFTA chính thức có hiệu lực từ ngày 1/8/2020", "Luật ..., được thông qua tại kỳ họp trước, đã có hiệu lực": a text taking
  // effect. Not the term a text just passed sets itself ("Quốc hội thông qua Luật X, có hiệu lực từ ngày 1/7/2026"; "Luật có hiệu lực thi
  // hành từ ngày ..." after it), nor a text still in force ("vẫn còn hiệu lực").
  trigger('có hiệu lực', 'policy_adopted', new RegExp(String.raw`(?:chính thức )?có hiệu lực${wordEnd}`, 'u'), {
    notBefore:
      /(?:còn|vẫn|vẫn còn|đang)\s+$|(?:thông qua|ban hành|phê duyệt|phê chuẩn)(?![\p{L}\p{M}])[^.;]*(?<!đã )$|^(?:Luật|Bộ luật|Nghị quyết|Nghị định|Thông tư|Quyết định|Pháp lệnh)(?: (?:này|mới))?\s+$/u
  }),
  // A central bank's decision: "giữ nguyên lãi suất điều hành", "hạ lãi suất".
  trigger(
    'giữ nguyên lãi suất',
    'policy_adopted',
    /(?:giữ nguyên|giữ|hạ|giảm|tăng|điều chỉnh) (?:các mức )?lãi suất (?:điều hành|tái cấp vốn|chính sách|cơ bản)/u
  ),
  // "Fed tăng lãi suất thêm 0,25 điểm phần trăm", "Ngân hàng Trung ương Nga giảm lãi suất": a central bank named, the rate needs no qualifier.
  trigger(
    '<ngân hàng trung ương> tăng lãi suất',
    'policy_adopted',
    /(?:giữ nguyên|hạ|giảm|tăng|nâng|cắt giảm) lãi suất(?![\p{L}\p{M}])(?! (?:điều hành|tái cấp vốn|chính sách|cơ bản))/u,
    {
      needsBefore:
        /(?:Ngân hàng (?:Nhà nước|Trung ương|Dự trữ|trung ương)|[Nn]gân hàng trung ương|NHNN|Fed|FED|ECB|BOJ|RBI|SBP|Cục Dự trữ Liên bang)[^.;]{0,50}$/u
    }
  )
]

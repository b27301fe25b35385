import type { Rule } from '../../../../engine/rule.js'
import { embassy, office, trigger, wordEnd } from '../words.js'

/** An amount of money or a share, as an investment names it: "1,5 tỷ USD", "500 triệu đồng", "30% cổ phần". */
const amount = String.raw`(?:thêm |khoảng |hơn |gần |trên )?\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn tỷ|ngàn tỷ)?\s*(?:USD|đồng|VND|VNĐ|EUR|JPY|%)`

/** A facility or a work that is opened, started or closed: a plant, a bridge, a road, a border gate (a school, not "thị trường", the market). */
const work = String.raw`(?:nhà máy|Nhà máy|xí nghiệp|nhà xưởng|xưởng|trang trại|mỏ|siêu thị|nhà hàng|khách sạn|dự án|Dự án|công trình|Công trình|cầu|Cầu|cao tốc|đường cao tốc|tuyến|đường|cảng|Cảng|sân bay|Sân bay|khu công nghiệp|trung tâm|bệnh viện|(?<![Tt]hị )trường|nhà ga|ga|hầm|cửa khẩu|Cửa khẩu|chi nhánh|cửa hàng|văn phòng|khu|đường dây|Đường dây|metro|Metro|đường sắt|Tuyến)`

/** The verbs of a work opened (not of one begun, "khởi công", which is a happening of its own). */
const opening = String.raw`(?:(?:[Ll]ễ )?(?:[Kk]hánh thành|[Kk]hai trương|[Tt]hông xe|hòa lưới|hoà lưới|đóng điện)|(?:chính thức )?(?:đi vào|đưa vào) (?:hoạt động|vận hành|khai thác|sử dụng)(?: thương mại)?|(?:chính thức )?vận hành(?: thương mại)?)`

/** A business's premises, which a closure names after its verb ("đóng cửa một xưởng may"). */
const business = String.raw`nhà máy|Nhà máy|xí nghiệp|nhà xưởng|xưởng|mỏ|siêu thị|nhà hàng|khách sạn|chi nhánh|cửa hàng|văn phòng|cửa khẩu|Cửa khẩu|doanh nghiệp|công ty`

/** Investments made, launches and closures, trade measures. */
export const economy: readonly Rule<'event'>[] = [
  // "rót 1,5 tỷ USD vào", "đầu tư thêm 500 triệu USD vào", "đầu tư thêm 1,8 tỷ USD tại Thái Nguyên", "rót vốn vào Công ty X";
  // not a project's size: "tổng vốn đầu tư 2 tỷ USD tại Long An".
  trigger(
    'rót <vốn> vào',
    'investment',
    new RegExp(
      String.raw`(?:rót|đầu tư|bơm|giải ngân|góp)(?: vốn)?(?= ${amount}(?: [^.;]{0,30})? (?:vào|tại|ở|cho)${wordEnd})|(?:rót|bơm)(?: vốn)?(?= ${amount})|(?:rót|góp) vốn(?= vào (?:Công ty|công ty|Tập đoàn|tập đoàn|dự án|Dự án|startup|nhà máy))`,
      'u'
    ),
    {
      notBefore: /(?:vốn|tổng|mức|suất|nguồn|có|khoản)\s+$/u,
      // "Hàn Quốc đã đầu tư hơn 80 tỷ USD vào Việt Nam với 9.500 dự án": a running total over many projects, no one investment.
      notAfter: /^[^.;]{0,80}?với (?:tổng (?:số )?)?(?:hơn |gần |khoảng |trên )?\d[\d.,]* dự án/u
    }
  ),
  // "Dự án ... đã được cấp phép trong tháng 3": a project licensed, told in the passive; "447 dự án mới được cấp phép" counts many, no one event.
  trigger('<dự án> được cấp phép', 'investment', /(?:đã )?được cấp (?:phép|giấy phép)(?: đầu tư)?(?![\p{L}\p{M}])/u, {
    needsBefore: /(?:[Dd]ự án|vốn đầu tư)[^.;]{0,80}$/u,
    notBefore: /(?:\d|số|các|những)\s+dự án(?:\s+[\p{L}\p{M}]+)?\s+$/u
  }),
  // "Bắc Giang cấp phép dự án 300 triệu USD", "Cấp phép nhà máy": a project licensed, told by who licensed it
  // (not "cấp phép cho 56 dự án", a count of many).
  trigger('cấp phép <dự án>', 'investment', /(?:đã )?(?:[Cc]ấp phép|cấp giấy phép)(?= (?:cho )?(?:dự án|Dự án|nhà máy)(?![\p{L}\p{M}]))/u),
  trigger(
    'đăng ký đầu tư <vốn>',
    'investment',
    // "tăng vốn đầu tư thêm 1 tỷ USD", "nâng vốn đầu tư lên 2 tỷ USD": a project grown by a sum.
    new RegExp(
      String.raw`(?:đăng ký đầu tư|đăng ký vốn|(?:tăng|nâng) vốn(?: đầu tư)?(?: lên)?|góp vốn)(?= (?:thêm |khoảng |hơn |gần )?\d)`,
      'u'
    )
  ),
  trigger(
    'mua lại <công ty>',
    'investment',
    /(?:mua lại|thâu tóm|sáp nhập)(?= (?:\d[\d.,]*\s*% (?:cổ phần|vốn)(?: của)? )?(?:Công ty|công ty|Tập đoàn|tập đoàn|Ngân hàng|ngân hàng|\p{Lu}))|(?:cấp|trao|nhận|được cấp|được trao) (?:[Gg]iấy chứng nhận (?:đăng ký )?đầu tư|[Gg]iấy phép đầu tư|phép đầu tư|chứng nhận đầu tư|GCNĐKĐT)/u
  ),
  // "Quỹ GIC đã chi 1,5 tỷ USD mua cổ phần Vinhomes", "bỏ ra 300 triệu USD để thâu tóm": a sum spent on a stake or a company.
  trigger(
    'chi <vốn> mua cổ phần',
    'investment',
    new RegExp(String.raw`(?:đã )?(?:chi|bỏ ra|chi ra|dùng)(?= ${amount} (?:để )?(?:mua|mua lại|thâu tóm|sở hữu)${wordEnd})`, 'u')
  ),
  // "Dự án hoàn thành sau 3 năm thi công": the work named before it (not "hoàn thành 80% khối lượng", "hoàn thành giải phóng mặt bằng").
  trigger('<công trình> hoàn thành', 'launch', /(?:đã |chính thức )?(?:hoàn thành|hoàn tất|về đích|cán đích)(?![\p{L}\p{M}])/u, {
    needsBefore: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])${work}(?: [^.;,]{0,40})? $`, 'u'),
    notAfter:
      /^ (?:(?:khoảng|hơn|gần|trên|được|thêm) )?\d|^ (?:(?:việc|thủ tục|công tác|giải phóng|kế hoạch|mục tiêu|chỉ tiêu|nhiệm vụ|hồ sơ|khối lượng|các|một|phần)(?![\p{L}\p{M}])|xây dựng|thi công|lắp đặt)/u
  }),
  // "hoàn thành xây dựng cầu Mỹ Thuận 2", "hoàn thành dự án": a work completed (not "hoàn thành 82% kế hoạch").
  trigger(
    'hoàn thành <công trình>',
    'launch',
    new RegExp(
      String.raw`(?:đã )?(?:hoàn thành|hoàn tất)(?= (?:(?:việc )?(?:xây dựng|thi công|lắp đặt) )?(?:toàn bộ )?${work}${wordEnd})`,
      'u'
    )
  ),
  // "mua lại 51% cổ phần của một doanh nghiệp", "hoàn tất việc bán 25% cổ phần": a stake changes hands, someone acquires it.
  trigger(
    'mua|bán <n>% cổ phần',
    'investment',
    /(?:mua lại|mua|bán|chuyển nhượng|thoái)(?= (?:thêm |toàn bộ )?\d[\d.,]*\s*% (?:cổ phần|vốn))/u,
    // "chào bán 10% cổ phần", "đăng ký mua 5% cổ phần", "đồng ý bán": an offer or an intent, no stake changed hands yet.
    // "đã chi 1 tỷ USD mua 6% cổ phần" is one investment, told by `chi <vốn> mua cổ phần`.
    { notBefore: new RegExp(String.raw`(?:chào|đăng ký|đồng ý|thỏa thuận|thoả thuận|phương án|quyền)\s+$|${amount} (?:để )?$`, 'u') }
  ),
  // "được khánh thành và đưa vào sử dụng", "Lễ khánh thành, thông xe cầu": one opening told by two verbs.
  trigger(
    'khánh thành và đưa vào sử dụng',
    'launch',
    new RegExp(String.raw`${opening}(?:,| và|, và) (?:chính thức |được |đã )?${opening}${wordEnd}`, 'u')
  ),
  // "khánh thành", "khởi công", "thông xe", "đi vào hoạt động", "phóng vệ tinh", "đã phát điện thương mại".
  trigger(
    'khánh thành',
    'launch',
    new RegExp(
      String.raw`(?:lễ |Lễ )?(?:khánh thành|Khánh thành|khởi công|Khởi công|động thổ|Động thổ|thông xe|Thông xe|cất nóc|hợp long|Hợp long|đóng điện(?: và hòa lưới)?|hòa lưới|khai trương|Khai trương)${wordEnd}(?! (?:${office}|${embassy}))|(?:chính thức )?(?:đi vào|đưa vào) (?:hoạt động|vận hành|khai thác|sử dụng)|bắt đầu (?:hoạt động|vận hành|sản xuất|khai thác)|chính thức (?:vận hành|hoạt động|khai thác|mở cửa|thông xe)${wordEnd}|(?:đã |chính thức )?phát điện thương mại${wordEnd}`,
      'u'
    ),
    // "cả nước đã đưa vào khai thác thêm 180 km đường cao tốc": a length or a count of many works, no one opening;
    // "Đại sứ quán ... được khai trương" is a mission opened (`Đại sứ quán <...> được khai trương`).
    {
      notBefore: new RegExp(String.raw`(?:^|, )(?:các )?${embassy}[^.;,]{0,40}?(?:được|đã được)\s+$`, 'u'),
      notAfter: /^ (?:thêm )?(?:tổng cộng |gần |hơn |khoảng |trên )?\d[\d.,]*\s*(?:km|cây số|MW|kW|GW)(?![\p{L}\p{M}])|^ thêm \d/u
    }
  ),
  // "Vietnam Airlines mở đường bay thẳng Hà Nội - Mumbai", "khai thác tuyến bay mới", "mở thêm đường bay thẳng": a route opened.
  trigger(
    'mở đường bay',
    'launch',
    /(?:mở|mở mới|mở thêm|khai thác|khai trương)(?: thêm)? (?:các |nhiều |\d+ )?(?:đường bay|tuyến bay|tuyến xe buýt|tuyến tàu|tuyến đường sắt)(?![\p{L}\p{M}])/u
  ),
  // "Sân bay Long Thành chính thức đón chuyến bay đầu tiên": a work in service from its first run.
  trigger(
    'đón chuyến bay đầu tiên',
    'launch',
    /(?:chính thức )?(?:đón|đón nhận|khai thác|chạy|vận hành) (?:chuyến bay|chuyến tàu|đoàn tàu|chuyến xe|hành khách|lượt khách) (?:thương mại )?đầu tiên/u
  ),
  trigger(
    'phóng <vệ tinh>',
    'launch',
    /(?:phóng|đưa)(?= (?:thành công )?(?:[\p{L}\p{N}]+ ){0,3}?(?:vệ tinh|tên lửa|tàu vũ trụ))|(?:đưa|đã được đưa|được đưa) vào quỹ đạo/u
  ),
  // "thành phố đã khởi động chiến dịch tiêm vắc xin sởi", "phát động phong trào": a campaign started.
  trigger(
    'phát động <chiến dịch>',
    'launch',
    /(?:đã )?(?:phát động|khởi động|ra quân)(?= (?:một |các )?(?:[Cc]hiến dịch|phong trào|[Đđ]ợt cao điểm|[Tt]háng hành động)(?![\p{L}\p{M}]))/u
  ),
  trigger(
    'thành lập <tổ chức>',
    'launch',
    /(?:thành lập|ra mắt)(?= (?:mới )?(?:Công ty|công ty|Tập đoàn|tập đoàn|Ban|ban|Tổ|tổ|Hội đồng|hội đồng|Ủy ban|ủy ban|Quỹ|quỹ|liên doanh|Trung tâm|trung tâm))/u,
    // "kỷ niệm 20 năm thành lập công ty", "ngày thành lập Tập đoàn": a founding long past, named by its anniversary.
    { notBefore: /(?:kỷ niệm(?: \S+){0,3}|[Nn]gày|năm)\s+$/u }
  ),
  // "đóng cửa khẩu", "tạm dừng hoạt động nhà máy", "cửa khẩu bị đóng".
  trigger(
    'đóng cửa <nơi>',
    'closure',
    new RegExp(
      String.raw`(?:đóng cửa|tạm đóng|đóng|ngừng hoạt động|tạm dừng hoạt động|dừng hoạt động|(?:tạm )?đình chỉ hoạt động|phá sản|giải thể)(?= (?:các |những |toàn bộ )?(?:\d[\d.,]* )?(?:${work}|cơ sở|doanh nghiệp|quán|cửa hàng)${wordEnd})`,
      'u'
    )
  ),
  // "Cửa khẩu Tân Thanh tạm dừng thông quan", "ngừng sản xuất": trade or work stopped where it is done.
  trigger(
    'tạm dừng thông quan',
    'closure',
    new RegExp(
      String.raw`(?:tạm dừng|tạm ngừng|dừng|ngừng|đình chỉ) (?:thông quan|sản xuất|vận hành|xuất nhập khẩu|hoạt động xuất nhập khẩu)${wordEnd}`,
      'u'
    )
  ),
  // "Công ty đã tuyên bố phá sản", "nộp đơn xin phá sản": a business closed for good.
  trigger(
    'tuyên bố phá sản',
    'closure',
    /(?:tuyên bố |nộp đơn (?:xin )?|đệ đơn (?:xin )?|bị tuyên bố |lâm vào |rơi vào tình trạng )phá sản(?![\p{L}\p{M}])/u
  ),
  // "Cửa khẩu Móng Cái tạm đóng", "nhà máy ... chấm dứt hoạt động" (not "đóng góp", "đóng vai trò").
  trigger(
    '<nơi> bị đóng cửa',
    'closure',
    /(?:bị |đã |phải )?(?:đóng cửa|ngừng hoạt động|chấm dứt hoạt động|tạm dừng hoạt động|tạm đóng(?![\p{L}\p{M}]))/u,
    {
      // "yêu cầu đóng cửa rừng" is a request, its "cầu" no bridge.
      needsBefore: new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?<!yêu )${work}[^.;,]{0,30}$`, 'u')
    }
  ),
  // "đã đóng cửa một xưởng may tại Bình Dương", "chấm dứt hoạt động nhà máy thứ hai", "giải thể chi nhánh": a business closed, named after
  // its verb (not "đóng cửa trường học" for a storm, nor "đóng cửa rừng", no business closed for good or for a while).
  trigger(
    'đóng cửa <nhà máy>',
    'closure',
    new RegExp(
      String.raw`(?:đã |bị |phải |tạm )*(?:đóng cửa|chấm dứt hoạt động(?: của)?|ngừng hoạt động(?: của)?|giải thể)(?= (?:một |hai |ba |các |những |\d+ )?(?:${business})${wordEnd})`,
      'u'
    )
  ),
  // "ra lệnh cấm xuất khẩu gạo", "áp thuế", "hạ thuế", "dỡ bỏ lệnh cấm", "cấp hạn ngạch nhập khẩu 2 triệu tấn gạo".
  trigger(
    'áp thuế',
    'trade_measure',
    /(?:ra lệnh cấm|cấm) (?:xuất khẩu|nhập khẩu)|đánh thuế(?![\p{L}\p{M}])|(?:áp dụng|áp) (?:các )?(?:biện pháp )?(?:thuế )?(?:chống bán phá giá|tự vệ|chống trợ cấp)|(?:áp|áp dụng|tăng|nâng|công bố) (?:mức )?(?:thuế|hạn ngạch)(?: (?:đối ứng|chống bán phá giá|nhập khẩu|xuất khẩu|bổ sung))?|(?:ban hành|áp) (?:lệnh )?cấm (?:xuất|nhập)|(?:áp đặt|áp|ban hành) (?:lệnh )?cấm vận|(?:cấp|phân bổ) hạn ngạch (?:nhập khẩu|xuất khẩu)/u,
    // "sau lệnh cấm xuất khẩu của Ấn Độ": a ban told before, as a cause or a time.
    { notBefore: /(?:^|[^\p{L}\p{M}])(?:sau|do|vì|bởi|trước|từ)\s+(?:các\s+|những\s+)?lệnh\s+$/iu }
  ),
  // "lệnh cấm nhập khẩu thịt được Nhật Bản ban hành", "mức thuế đối ứng 20% do Mỹ áp đặt": the measure named first, then who imposed it
  // (not "sẽ được ban hành", a plan).
  trigger(
    '<lệnh cấm> được <bên> ban hành',
    'trade_measure',
    /(?:[Ll]ệnh (?:cấm|tạm ngừng|ngừng)|[Ll]ệnh cấm vận|(?:[Mm]ức )?[Tt]huế (?:đối ứng|chống bán phá giá|chống trợ cấp|tự vệ|trả đũa))(?: (?:xuất khẩu|nhập khẩu))?(?= [^.;,]{0,50}? (?:được|do|bị) (?:[^.;]{0,60}? )?(?:ban hành|áp dụng|áp đặt|áp|đưa ra|công bố)(?![\p{L}\p{M}]))/u,
    { notAfter: /^[^.;,]{0,50}?(?:sẽ|sắp|dự kiến|có thể|chưa|không)(?![\p{L}\p{M}])/u }
  ),
  // "Indonesia dừng nhập khẩu gạo", "ngừng cấp hạn ngạch nhập khẩu", "tạm ngừng nhập khẩu gạo trong 60 ngày": trade stopped by a measure;
  // "đã ký lệnh tạm ngừng nhập khẩu gạo": the order that stops it, signed (not "việc tạm ngừng", a stop told as a topic).
  trigger(
    'ngừng nhập khẩu',
    'trade_measure',
    /(?:(?:đã )?(?:ký|ra|ban hành) (?:lệnh|quyết định|sắc lệnh) )?(?:tạm ngừng|tạm dừng|ngừng|dừng|đình chỉ)(?: cấp (?:phép|giấy phép|hạn ngạch))? (?:nhập khẩu|xuất khẩu)(?![\p{L}\p{M}])/u,
    { notBefore: /(?:lệnh|việc|quyết định)\s+$/u }
  ),
  // "Trung Quốc đã nối lại việc nhập khẩu sầu riêng", "cho phép nhập khẩu trở lại": a stop lifted.
  // "EU đã gỡ thẻ vàng IUU", "Trung Quốc đã mở cửa thị trường cho sầu riêng tươi": a barrier lifted for a product.
  trigger(
    'nối lại nhập khẩu',
    'trade_measure',
    /(?:đã )?(?:nối lại|mở cửa trở lại|khôi phục)(?: việc| hoạt động)? (?:nhập khẩu|xuất khẩu)(?![\p{L}\p{M}])|cho phép (?:nhập khẩu|xuất khẩu) trở lại|(?:gỡ|gỡ bỏ|rút) thẻ vàng(?![\p{L}\p{M}])|mở cửa thị trường(?= (?:cho|đối với) )/u,
    // "hoàn tất thủ tục mở cửa thị trường cho bưởi": a procedure under way, no market opened yet.
    { cameo: '085', notBefore: /(?:thủ tục|quá trình|tiến trình|đàm phán|việc)\s+$/u }
  ),
  trigger(
    'hạ thuế',
    'trade_measure',
    /(?:quyết định )?(?:hạ|giảm|gỡ bỏ|dỡ bỏ|bãi bỏ|xóa bỏ|xoá bỏ|bỏ|nới lỏng|miễn) (?:một phần |hoàn toàn |toàn bộ )?(?:mức )?(?:thuế|lệnh cấm vận|lệnh cấm|cấm vận|hạn ngạch|rào cản)/u,
    {
      cameo: '085',
      notBefore: /(?:cam kết|lộ trình|các|những|việc)\s+$/u
    }
  )
]

import type { Rule } from '../../../../engine/rule.js'
import { embassy, office, trigger, wordEnd } from '../words.js'

/** An amount of money or a share, as an investment names it: "1,5 tỷ USD", "500 triệu đồng", "30% cổ phần". */
const amount = String.raw`(?:thêm |khoảng |hơn |gần |trên )?\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn tỷ|ngàn tỷ)?\s*(?:USD|đồng|VND|VNĐ|EUR|JPY|%)`

/** A facility or a work that is opened, started or closed: a plant, a bridge, a road, a border gate. */
const work = String.raw`(?:nhà máy|Nhà máy|dự án|Dự án|công trình|Công trình|cầu|Cầu|cao tốc|đường cao tốc|tuyến|đường|cảng|sân bay|khu công nghiệp|trung tâm|bệnh viện|trường|nhà ga|ga|hầm|cửa khẩu|Cửa khẩu|chi nhánh|cửa hàng|văn phòng|khu)`

/** Investments made, launches and closures, trade measures. */
export const economy: readonly Rule<'event'>[] = [
  // "rót 1,5 tỷ USD vào", "đầu tư thêm 500 triệu USD vào", "rót vốn vào Công ty X".
  trigger(
    'rót <vốn> vào',
    'investment',
    new RegExp(
      String.raw`(?:rót|đầu tư|bơm|giải ngân|góp)(?: vốn)?(?= ${amount}(?: [^.;]{0,30})? vào\b)|(?:rót|bơm)(?: vốn)?(?= ${amount})|(?:rót|góp) vốn(?= vào (?:Công ty|công ty|Tập đoàn|tập đoàn|dự án|Dự án|startup|nhà máy))`,
      'u'
    )
  ),
  trigger(
    'đăng ký đầu tư <vốn>',
    'investment',
    new RegExp(String.raw`(?:đăng ký đầu tư|đăng ký vốn|tăng vốn|góp vốn)(?= (?:thêm |khoảng |hơn |gần )?\d)`, 'u')
  ),
  trigger(
    'mua lại <công ty>',
    'investment',
    /(?:mua lại|thâu tóm|sáp nhập)(?= (?:\d[\d.,]*\s*% (?:cổ phần|vốn)(?: của)? )?(?:Công ty|công ty|Tập đoàn|tập đoàn|Ngân hàng|ngân hàng|\p{Lu}))|(?:cấp|trao) (?:giấy chứng nhận (?:đăng ký )?đầu tư|giấy phép đầu tư|phép đầu tư|chứng nhận đầu tư)/u
  ),
  // "khánh thành", "khởi công", "thông xe", "đi vào hoạt động", "phóng vệ tinh".
  trigger(
    'khánh thành',
    'launch',
    new RegExp(
      String.raw`(?:lễ |Lễ )?(?:khánh thành|Khánh thành|khởi công|Khởi công|động thổ|Động thổ|thông xe|Thông xe|cất nóc|đóng điện|hòa lưới|khai trương|Khai trương)${wordEnd}(?! (?:${office}|${embassy}))|(?:chính thức )?(?:đi vào|đưa vào) (?:hoạt động|vận hành|khai thác|sử dụng)|bắt đầu (?:hoạt động|vận hành|sản xuất|khai thác)|chính thức (?:vận hành|hoạt động|khai thác|mở cửa|thông xe)${wordEnd}`,
      'u'
    )
  ),
  trigger(
    'phóng <vệ tinh>',
    'launch',
    /(?:phóng|đưa)(?= (?:thành công )?(?:[\p{L}\p{N}]+ ){0,3}?(?:vệ tinh|tên lửa|tàu vũ trụ))|(?:đưa|đã được đưa|được đưa) vào quỹ đạo/u
  ),
  trigger(
    'thành lập <tổ chức>',
    'launch',
    /(?:thành lập|ra mắt)(?= (?:mới )?(?:Công ty|công ty|Tập đoàn|tập đoàn|Ban|ban|Tổ|tổ|Hội đồng|hội đồng|Ủy ban|ủy ban|Quỹ|quỹ|liên doanh|Trung tâm|trung tâm))/u
  ),
  // "đóng cửa khẩu", "tạm dừng hoạt động nhà máy", "cửa khẩu bị đóng".
  trigger(
    'đóng cửa <nơi>',
    'closure',
    new RegExp(
      String.raw`(?:đóng cửa|tạm đóng|đóng|ngừng hoạt động|tạm dừng hoạt động|dừng hoạt động|phá sản|giải thể)(?= (?:các |những |toàn bộ )?${work})`,
      'u'
    )
  ),
  // "Cửa khẩu Tân Thanh tạm dừng thông quan", "ngừng sản xuất": trade or work stopped where it is done.
  trigger(
    'tạm dừng thông quan',
    'closure',
    new RegExp(
      String.raw`(?:tạm dừng|tạm ngừng|dừng|ngừng|đình chỉ) (?:thông quan|sản xuất|xuất nhập khẩu|hoạt động xuất nhập khẩu)${wordEnd}`,
      'u'
    )
  ),
  trigger('<nơi> bị đóng cửa', 'closure', /(?:bị |đã |phải )?(?:đóng cửa|ngừng hoạt động|tạm dừng hoạt động)/u, {
    needsBefore: new RegExp(String.raw`${work}[^.;,]{0,30}$`, 'u')
  }),
  // "ra lệnh cấm xuất khẩu gạo", "áp thuế", "hạ thuế", "dỡ bỏ lệnh cấm".
  trigger(
    'áp thuế',
    'trade_measure',
    /(?:ra lệnh cấm|cấm) (?:xuất khẩu|nhập khẩu)|(?:áp|áp dụng|tăng|nâng) (?:mức )?(?:thuế|hạn ngạch)(?: (?:đối ứng|chống bán phá giá|nhập khẩu|xuất khẩu|bổ sung))?|(?:ban hành|áp) (?:lệnh )?cấm (?:xuất|nhập)/u,
    // "sau lệnh cấm xuất khẩu của Ấn Độ": a ban told before, as a cause or a time.
    { notBefore: /(?:^|[^\p{L}\p{M}])(?:sau|do|vì|bởi|trước|từ)\s+(?:các\s+|những\s+)?lệnh\s+$/iu }
  ),
  trigger('hạ thuế', 'trade_measure', /(?:quyết định )?(?:hạ|giảm|gỡ bỏ|dỡ bỏ|bãi bỏ|miễn) (?:mức )?(?:thuế|lệnh cấm|hạn ngạch|rào cản)/u, {
    cameo: '085',
    notBefore: /(?:cam kết|lộ trình|các|những|việc)\s+$/u
  })
]

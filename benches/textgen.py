"""The synthetic stories' text, shared by the benchmark generators (gen_sites.py,
gen_province.py): a vocabulary of a few hundred Vietnamese words and set phrases with
Zipf-like weights, and the functions that draw titles, summaries and Markdown bodies from it.

Every draw goes through the `random` module's shared generator, so a script that seeds it
(random.seed(42)) gets the same text, byte for byte, on every run."""
import random, unicodedata

FIELDS = ["xay-dung-dang", "quoc-phong-an-ninh", "cong-thuong-xay-dung-giao-thong", "nong-nghiep", "tai-chinh-ngan-hang", "y-te",
          "giao-duc-dao-tao", "khoa-hoc-cong-nghe", "van-hoa-nghe-thuat-the-thao", "doi-ngoai", "thong-tin-truyen-thong",
          "cai-cach-hanh-chinh", "an-sinh-xa-hoi", "doi-song-xa-hoi"]

# The vocabulary. Items are words or set phrases (an item is never split). Tone marks
# follow the site's old placement (hòa, khỏe, thủy: tone_style: old). Left out on
# purpose: words that, side by side at random, would make one of the phrases that
# criteria.yaml flags (“nhất”, “một” for “số một”, “tuyệt”, “thần”, “từng”, “vô”, “100%”).
FUNCTION = """và của là có được đã đang sẽ cho với trong trên tại từ đến những các nhiều mỗi cùng để
khi nhờ sau trước này đó cũng vẫn thêm hơn rất đều ra vào lên về theo bằng nên mà còn luôn
như đã từ lâu ngay thường xuyên hằng năm""".split()
GENERAL = [
    "người dân", "bà con", "nhân dân", "cán bộ", "công chức", "đảng viên", "chi bộ", "đảng bộ", "bí thư chi bộ",
    "trưởng thôn", "hội phụ nữ", "hội nông dân", "hội cựu chiến binh", "đoàn thanh niên", "mặt trận tổ quốc",
    "ban công tác mặt trận", "ủy ban nhân dân", "hội đồng nhân dân", "người có uy tín", "gia đình", "hộ gia đình",
    "thi đua", "thi đua yêu nước", "phong trào", "điển hình tiên tiến", "người tốt việc tốt", "cách làm hay",
    "mô hình mới", "gương sáng", "noi gương", "học tập", "nhân rộng", "lan tỏa", "tuyên dương", "biểu dương",
    "khen thưởng", "giấy khen", "bằng khen", "tương thân tương ái", "lá lành đùm lá rách", "chia sẻ", "giúp đỡ",
    "hỗ trợ", "vận động", "tham gia", "tổ chức", "thực hiện", "triển khai", "phát triển", "nâng cao", "cải thiện",
    "xây dựng", "duy trì", "đoàn kết", "khó khăn", "vượt khó", "vươn lên", "thoát nghèo", "hộ nghèo", "hộ cận nghèo",
    "thu nhập", "đời sống", "kinh tế", "ổn định", "bền vững", "hiệu quả", "tích cực", "chủ động", "sáng tạo",
    "trách nhiệm", "tâm huyết", "kiên trì", "cần cù", "chịu khó", "tận tụy", "gương mẫu", "uy tín", "niềm tin",
    "kinh nghiệm", "kiến thức", "kế hoạch", "nghị quyết", "chương trình", "mục tiêu", "tiêu chí", "kết quả",
    "thành tích", "chỉ tiêu", "an sinh xã hội", "chính sách", "người có công", "thương binh", "gia đình chính sách",
    "cựu chiến binh", "quỹ vì người nghèo", "tấm lòng", "việc thiện", "năm", "tháng", "ngày", "mùa", "buổi sáng",
    "buổi tối", "người", "việc", "làm", "làm việc", "lao động", "công việc", "triệu đồng", "hai", "ba", "bốn",
    "mười", "hàng chục", "hàng trăm", "thành viên", "tổ viên", "quê hương", "địa phương", "cộng đồng", "xã hội",
    "anh Dương", "chị Thùy Dương", "ông Thắng", "bà Lan", "chị Hương", "anh Tuấn", "ông Đường", "bác Dương",
]
TOPICS = {
    "farming": [
        "lúa", "lúa gạo", "giống lúa", "lúa chất lượng cao", "ngô", "khoai lang", "sắn", "lạc", "đậu tương",
        "rau màu", "rau an toàn", "cây ăn quả", "bưởi", "cam", "chuối", "nhãn", "ổi", "dưa hấu", "bí xanh", "mía",
        "mía đường", "nhà máy đường", "chè", "rừng trồng", "chăn nuôi", "đàn lợn", "đàn gà", "gà đồi", "vịt",
        "đàn bò", "bò sinh sản", "trâu", "nuôi cá", "ao cá", "chuồng trại", "thức ăn chăn nuôi",
        "đệm lót sinh học", "phân bón", "phân hữu cơ", "vi sinh", "thuốc bảo vệ thực vật", "vụ chiêm", "vụ mùa",
        "vụ đông", "vụ xuân", "gieo cấy", "gieo mạ", "thu hoạch", "năng suất", "sản lượng", "cánh đồng",
        "cánh đồng mẫu lớn", "cánh đồng hướng dương", "đồng ruộng", "ruộng", "kênh mương", "tưới tiêu",
        "thủy lợi", "trạm bơm", "máy cày", "máy gặt đập liên hợp", "máy cấy", "cơ giới hóa", "dồn điền đổi thửa",
        "hợp tác xã", "tổ hợp tác", "xã viên", "trang trại", "gia trại", "nhà lưới", "nhà màng",
        "tiêu chuẩn VietGAP", "nông nghiệp hữu cơ", "sản phẩm OCOP", "tiêu thụ", "thương lái", "liên kết",
        "bao tiêu", "chuỗi giá trị", "sản phẩm", "thị trường", "giá bán", "lợi nhuận", "vốn vay",
        "ngân hàng chính sách xã hội", "quỹ hỗ trợ nông dân", "khuyến nông", "kỹ thuật", "tập huấn", "chuyển đổi",
        "cơ cấu cây trồng", "mô hình", "sản xuất", "nông dân", "nông thôn", "nông thôn mới",
        "nông thôn mới kiểu mẫu", "vườn mẫu", "vườn", "vườn tạp", "cải tạo", "đất bãi", "đất màu", "mùa màng",
        "thời tiết", "hạn hán", "lũ lụt", "mưa bão", "sâu bệnh", "tiêm phòng", "thú y", "truy xuất nguồn gốc",
        "nhãn mác", "bao bì", "thương hiệu", "chợ", "siêu thị", "bán hàng trực tuyến", "tấn", "sào", "tạ",
        "làng nghề", "mây tre đan", "nem chua", "bánh gai", "hướng dương",
    ],
    "school": [
        "trường học", "lớp học", "học sinh", "giáo viên", "cô giáo", "thầy giáo", "hiệu trưởng", "nhà trường",
        "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông", "bài giảng", "giáo án", "sách giáo khoa",
        "học bổng", "học sinh giỏi", "phụ huynh", "điểm trường", "bán trú", "khuyến học", "khuyến tài",
        "khuyến học dòng họ", "thư viện", "phòng học", "bàn ghế", "đồ dùng dạy học", "chuyển đổi số", "tin học",
        "tiếng Anh", "ôn thi", "phổ cập", "chuẩn quốc gia", "bữa trưa", "xe đạp", "áo ấm", "năm học", "học kỳ",
        "dạy học", "dạy thêm miễn phí", "lớp học tình thương", "trẻ em", "học trò", "giờ học", "sân trường",
        "góc đọc sách", "câu lạc bộ", "giáo dục", "đào tạo", "học nghề", "dạy nghề", "việc làm",
        "xuất khẩu lao động", "cô giáo Dương", "giáo viên chủ nhiệm", "đường đến trường", "an toàn giao thông",
    ],
    "health": [
        "trạm y tế", "y tế", "bác sĩ", "y sĩ", "nữ hộ sinh", "điều dưỡng", "khám bệnh", "chữa bệnh", "tiêm chủng",
        "vắc xin", "bảo hiểm y tế", "sức khỏe", "chăm sóc sức khỏe", "người cao tuổi", "bà mẹ", "trẻ sơ sinh",
        "suy dinh dưỡng", "dinh dưỡng", "vệ sinh", "nước sạch", "nhà tiêu hợp vệ sinh", "thuốc nam", "vườn thuốc",
        "tăng huyết áp", "bệnh tiểu đường", "đái tháo đường", "đường huyết", "khám sàng lọc", "sơ cứu", "cấp cứu",
        "bệnh viện", "bệnh viện đa khoa", "tuyến huyện", "dịch bệnh", "sốt xuất huyết", "phòng chống",
        "phun thuốc", "diệt muỗi", "y tế thôn bản", "hiến máu tình nguyện", "tư vấn", "thể dục", "dưỡng sinh",
        "đi bộ", "cộng tác viên dân số", "kế hoạch hóa gia đình", "hồ sơ sức khỏe điện tử", "xe cứu thương",
        "ca trực", "tủ thuốc", "bác sĩ Dương", "viện dưỡng lão", "điều trị", "phục hồi chức năng",
    ],
    "village": [
        "thôn", "xóm", "làng", "làng quê", "xã", "thị trấn", "huyện", "tỉnh", "đường làng", "ngõ xóm",
        "đường giao thông", "đường giao thông nông thôn", "đường nội đồng", "bê tông hóa", "con đường", "làm đường",
        "mở rộng đường", "cây xanh", "đèn đường", "điện chiếu sáng", "đường hoa", "tuyến đường", "cầu", "cống",
        "rãnh thoát nước", "nhà văn hóa", "sân thể thao", "hương ước", "quy ước", "hiến đất", "ngày công",
        "kinh phí", "đóng góp", "xã hội hóa", "an ninh trật tự", "tổ hòa giải", "tổ tự quản", "môi trường",
        "rác thải", "phân loại rác", "thu gom", "xanh sạch đẹp", "nhà ở", "nhà tình nghĩa", "nhà đại đoàn kết",
        "lễ hội", "văn nghệ", "dòng họ", "gia đình văn hóa", "khu dân cư", "xóm Dương", "thôn Dương Xá",
        "đường dây nóng", "camera an ninh", "loa truyền thanh", "dương lịch", "âm lịch", "bờ tre", "giếng làng",
        "cổng làng", "sân phơi", "mái ngói",
    ],
}
TOPIC_OF_FIELD = {"nong-nghiep": "farming", "giao-duc-dao-tao": "school", "y-te": "health",
                  "cong-thuong-xay-dung-giao-thong": "village", "doi-song-xa-hoi": "village", "an-sinh-xa-hoi": "health"}

def nfc(s):
    return unicodedata.normalize("NFC", s)

POOL = []
for w in map(nfc, FUNCTION + GENERAL + [w for ws in TOPICS.values() for w in ws]):
    if w not in POOL: POOL.append(w)
FUNCTION_SET = set(map(nfc, FUNCTION))
# Zipf-like weights: function words make up about a third of the items; the content
# words' ranks are a fixed shuffle (not the list's order), frequency ∝ 1/rank^0.75.
_content = [w for w in POOL if w not in FUNCTION_SET]
random.Random(7).shuffle(_content)
_rank = {w: r for r, w in enumerate(_content)}
_fw = [w for w in POOL if w in FUNCTION_SET]
_fsum = sum(1 / (r + 1) for r in range(len(_fw)))
_csum = sum(1 / (r + 1) ** 0.75 for r in range(len(_content)))
BASE = {w: 0.35 / _fsum / (r + 1) for r, w in enumerate(_fw)}
BASE.update({w: 0.65 / _csum / (_rank[w] + 1) ** 0.75 for w in _content})

# Per topic: its words are four times as likely (and at least as likely as a rank-100 word).
_floor = 0.65 / _csum / 101 ** 0.75
TOPIC_WORDS = {t: set(map(nfc, ws)) for t, ws in TOPICS.items()}
WEIGHT = {None: BASE}
for t, own in TOPIC_WORDS.items():
    WEIGHT[t] = {w: max(BASE[w], _floor) * 4 if w in own else BASE[w] for w in POOL}

# A person's name in the same sentence as one of these is a privacy warning in
# `guong check` (criteria.yaml, `sensitive`): such sentences lose the name.
PEOPLE = set(map(nfc, ["anh Dương", "chị Thùy Dương", "ông Thắng", "bà Lan", "chị Hương", "anh Tuấn", "ông Đường",
                       "bác Dương", "cô giáo Dương", "bác sĩ Dương"]))
SENSITIVE = set(map(nfc, ["hộ nghèo", "hộ cận nghèo", "thoát nghèo"]))
assert PEOPLE <= set(POOL) and SENSITIVE <= set(POOL)

class Lexicon:
    """The words one story draws from: every function word and word of its topic, and
    about a third of the others, so that a word is not in nearly every story (posting
    lists of realistic lengths), with the weights above."""
    KEEP = 0.35

    def __init__(self, topic):
        own = TOPIC_WORDS.get(topic, set())
        weight = WEIGHT[topic]
        self.pool = [w for w in POOL if w in FUNCTION_SET or w in own or random.random() < self.KEEP]
        self.content = [w for w in self.pool if w not in FUNCTION_SET]
        self.cum = cumulative(weight[w] for w in self.pool)
        self.cum_content = cumulative(weight[w] for w in self.content)

def cumulative(weights):
    out, t = [], 0.0
    for w in weights:
        t += w
        out.append(t)
    return out

def cap(s):
    return s[:1].upper() + s[1:]

def words(k, lex, content_only=False):
    if content_only:
        ws = random.choices(lex.content, cum_weights=lex.cum_content, k=k)
    else:
        ws = random.choices(lex.pool, cum_weights=lex.cum, k=k)
    if not SENSITIVE.isdisjoint(ws) and not PEOPLE.isdisjoint(ws):
        ws = [w for w in ws if w not in PEOPLE]
    return ws

def sentence(lex, lo=8, hi=20):
    ws = words(random.randint(lo, hi), lex)
    for j in range(2, len(ws) - 2):
        if random.random() < 0.08:
            ws[j] += ","
    return cap(" ".join(ws)) + "."

def phrase(lex, lo, hi):
    return cap(" ".join(words(random.randint(lo, hi), lex, content_only=True)))

def nbytes(s):
    return len(s.encode("utf-8"))

def body(lex, target):
    """Markdown of about `target` bytes: sections (## heading, paragraphs, sometimes a
    list) and a table at the end. Stops at the sentence boundary nearest the target."""
    table = (f"| Năm | Kết quả |\n|---|---|\n| 2023 | {random.randint(5, 40)} tấn |\n"
             f"| 2024 | {random.randint(5, 40)} tấn |\n")
    out, size, h, done = [], nbytes(table), 0, False
    while not done:
        h += 1
        out.append(f"## Phần {h}: {phrase(lex, 2, 4)}\n\n")
        size += nbytes(out[-1])
        for _ in range(random.randint(1, 3)):
            listed = random.random() < 0.15
            block = []
            for _ in range(random.randint(2, 5)):
                s = "- " + sentence(lex, 5, 12) if listed else sentence(lex)
                if (block or len(out) > 1) and size + (nbytes(s) + 1) / 2 > target:
                    done = True
                    break
                block.append(s)
                size += nbytes(s) + 1
            if block:
                out.append(("\n" if listed else " ").join(block) + "\n\n")
                size += 1
            if done:
                break
    if out[-1].startswith("## "):
        out.pop()  # a heading with nothing under it
    return "".join(out) + table

def summary(lex):
    s = ""
    while len(s) < 180:
        s += sentence(lex, 8, 16) + " "
    s = s.strip()
    if len(s) > 280:
        s = s[:s.rfind(" ", 0, 279)].rstrip(",") + "."
    return s

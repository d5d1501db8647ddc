package vn.newsroom.support;

import java.util.List;
import java.util.Random;
import vn.newsroom.article.ArticleInput;

/**
 * Varied Vietnamese news articles made from phrase tables. Article {@code i} is always the same text (its random
 * numbers are seeded with {@code i}), so runs are comparable; the tag keeps one run's articles apart from others'.
 */
public final class GeneratedArticles {

    private static final List<String> SUBJECTS = List.of(
            "Bộ Giáo dục và Đào tạo", "Ủy ban nhân dân thành phố Hà Nội", "Sở Y tế tỉnh Nghệ An", "Ngân hàng Nhà nước",
            "Tổng cục Thống kê", "Bộ Nông nghiệp và Phát triển nông thôn", "Hội Nông dân tỉnh Đồng Tháp",
            "Công an thành phố Đà Nẵng", "Trường Đại học Bách khoa", "Tập đoàn Điện lực", "Sở Du lịch tỉnh Khánh Hòa",
            "Ban quản lý khu kinh tế Dung Quất", "Hợp tác xã rau sạch Đà Lạt", "Bệnh viện Chợ Rẫy");
    private static final List<String> VERBS = List.of(
            "công bố", "triển khai", "đề xuất", "tổng kết", "phát động", "kiểm tra", "hướng dẫn", "khánh thành",
            "thí điểm", "mở rộng");
    private static final List<String> OBJECTS = List.of(
            "chương trình chuyển đổi số", "kế hoạch phòng chống thiên tai", "dự án đường cao tốc",
            "chính sách hỗ trợ doanh nghiệp nhỏ", "đề án phát triển du lịch cộng đồng", "mô hình trồng lúa hữu cơ",
            "chiến dịch tiêm chủng mở rộng", "quy hoạch khu công nghiệp", "phong trào hiến máu tình nguyện",
            "hệ thống xử lý nước thải", "lớp học kỹ năng cho thanh niên", "trung tâm chăm sóc người cao tuổi");
    private static final List<String> PLACES = List.of(
            "tại Hà Nội", "ở Thành phố Hồ Chí Minh", "tại Cần Thơ", "ở Huế", "tại Quảng Ninh", "ở Đắk Lắk",
            "tại Hải Phòng", "ở Lâm Đồng", "tại Bình Định", "ở Sóc Trăng");
    private static final List<String> DETAILS = List.of(
            "Theo báo cáo, tổng vốn đầu tư đạt %d tỷ đồng.",
            "Hơn %d người dân đã tham gia trong tuần đầu tiên.",
            "Lãnh đạo địa phương cho biết kết quả bước đầu rất khả quan, với %d hộ gia đình được hưởng lợi.",
            "Các chuyên gia đánh giá đây là bước tiến quan trọng sau %d tháng chuẩn bị.",
            "Dự kiến trong %d tuần tới, đơn vị sẽ tổ chức thêm nhiều hoạt động hưởng ứng.",
            "Nhiều hộ gia đình đã cải thiện thu nhập, trung bình tăng %d phần trăm so với năm trước.",
            "Cơ quan chức năng đã cử %d cán bộ xuống cơ sở để hỗ trợ người dân.",
            "Người dân bày tỏ sự phấn khởi và mong muốn chương trình được duy trì lâu dài; %d ý kiến đã được ghi nhận.");

    private GeneratedArticles() {
    }

    /**
     * Article number {@code i}: title, two or three paragraphs, a published date, and {@code tag} as its source, in
     * its id and as a word of its text (so a search for the tag finds exactly the run's articles).
     */
    public static ArticleInput article(String tag, int i) {
        Random random = new Random(i);
        String subject = pick(SUBJECTS, random);
        String action = pick(VERBS, random) + " " + pick(OBJECTS, random);
        String place = pick(PLACES, random);
        int year = 2015 + random.nextInt(11);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        StringBuilder body = new StringBuilder("Ngày %d/%d, %s đã %s %s.".formatted(day, month, subject, action, place));
        int paragraphs = 2 + random.nextInt(2);
        for (int p = 0; p < paragraphs; p++) {
            body.append(p == 0 ? " " : "\n\n");
            for (int s = 0, sentences = 2 + random.nextInt(3); s < sentences; s++) {
                body.append(pick(DETAILS, random).formatted(10 + random.nextInt(990))).append(' ');
            }
        }
        body.append("Mã bản tin ").append(tag).append('.');
        String title = capitalised(subject + " " + action + " " + place);
        return new ArticleInput(tag + "-" + i, title, body.toString(), "%04d-%02d-%02d".formatted(year, month, day),
                tag, null, null, null);
    }

    private static String pick(List<String> phrases, Random random) {
        return phrases.get(random.nextInt(phrases.size()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

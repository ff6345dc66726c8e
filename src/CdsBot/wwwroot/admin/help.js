// Help page ("Trợ giúp") for staff, and the first-run warning shown on every page while nothing could be published
// because there is no second person to approve (GET /admin/api/staff-summary).
(() => {
  const admin = window.cdsAdmin;
  const el = (tag, props = {}, ...children) => { const e = Object.assign(document.createElement(tag), props); e.append(...children); return e; };
  const steps = [
    ["Xem số liệu", "Thẻ “Tổng quan” chọn khoảng ngày (giờ Việt Nam) rồi bấm “Xem số liệu”: số lượt hỏi theo ngày và kênh, tỉ lệ trả lời, mức độ hài lòng, câu hỏi nhiều nhất, câu chưa trả lời được, mục được trả lời nhiều nhất, hướng dẫn và bài học hoàn thành, lượt dự thi, tin gửi đi, thời gian chờ cán bộ. Mỗi biểu đồ có nút “Xem dạng bảng” và “Tải CSV” (mở được bằng Excel). Câu hỏi của người dân đã được che số điện thoại, số căn cước, email và số tài khoản."],
    ["Báo cáo định kỳ", "Ở thẻ “Tổng quan”, khung “Báo cáo kết quả tuyên truyền” chọn kỳ: 6 tháng (15/12 năm trước đến 14/6), năm (15/12 năm trước đến 14/12), tháng (ngày 15 tháng trước đến ngày 14) hoặc từ ngày đến ngày, rồi bấm “Tải báo cáo Word (.docx)” hoặc “Tải bảng số liệu Excel (.xlsx)”. Bản Word có sẵn bảng số liệu và biểu đồ; cán bộ thay các đoạn trong ngoặc vuông ở phần I, II, III bằng nhận xét của đơn vị rồi trình ký."],
    ["Trả lời câu hỏi người dân", "Thẻ “Câu hỏi chưa trả lời” liệt kê các câu bot chưa trả lời được, câu giống nhau xếp cùng nhóm. Gõ vài chữ của câu hỏi trong một mục có sẵn để chọn mục, rồi bấm “Gắn và đăng ngay” (người duyệt: bot trả lời ngay) hoặc “Gắn và gửi duyệt” (người soạn: bot trả lời sau khi bản nháp được duyệt). Không có mục phù hợp thì bấm “Tạo mục mới” hoặc “Tìm trong văn bản”. Câu không cần trả lời (thời tiết, lời chửi…) thì đánh dấu và bấm “Bỏ qua các câu đã chọn”."],
    ["Viết và duyệt nội dung", "Ở thẻ “Nội dung”, bấm “Mục mới”, điền câu hỏi, câu trả lời và văn bản nguồn, bấm “Tạo mục” rồi “Gửi duyệt”. Một người duyệt khác người viết mở mục và bấm “Duyệt và đăng”: từ lúc đó bot trả lời bằng nội dung mới. Không ai tự duyệt được nội dung mình viết."],
    ["Nhập từ bảng tính", "Tải tệp XLSX hoặc CSV mẫu bằng “Tải XLSX”, sửa rồi chọn tệp, bấm “Kiểm tra tệp” để xem lỗi từng dòng, rồi “Nhập”. Ngày gõ dạng 31/12/2025 hoặc 2025-12-31. Tệp còn lỗi thì chưa nhập dòng nào."],
    ["Văn bản, từ đồng nghĩa, viết tắt", "Thẻ “Từ điển và văn bản” sửa danh sách văn bản nguồn (số hiệu, ngày ký, cơ quan ban hành), các từ đồng nghĩa (“bhyt” là “bảo hiểm y tế”) và chữ viết tắt khi nhắn tin (“ko” là “không”). Thay đổi có hiệu lực ngay. Toàn văn của văn bản được tải lên ở thẻ “Văn bản”."],
    ["Địa phương", "Thẻ “Địa phương” là danh sách xã, phường người dân chọn khi đăng ký nhận tin. Người duyệt thêm nơi mới (gõ tên, mã tự điền), sửa tên và tên gọi khác (mỗi dòng một tên), hoặc tải cả danh sách về, sửa rồi nhập lại; thay đổi có hiệu lực ngay. Nơi đang có mục hỏi đáp, văn bản hay người đăng ký thì không xóa được: nếu xã đã sáp nhập, sửa tên thành tên mới và ghi tên cũ vào tên gọi khác."],
    ["Mục sắp hết hiệu lực", "Người duyệt xem ở thẻ “Tổng quan”: số mục sắp hết hiệu lực trong tuần này và danh sách các mục hết hiệu lực trong 30 ngày tới, mục gần nhất lên đầu. Bấm “Mở mục” để gia hạn hoặc cập nhật rồi gửi duyệt."],
    ["Gặp cán bộ", "Thẻ “Gặp cán bộ” liệt kê người dân đang chờ người trả lời. Trả lời xong bấm “Kết thúc” để bot tiếp tục trả lời người đó."],
    ["Gửi tin", "Thẻ “Gửi tin” soạn chiến dịch (có mẫu cho Ngày Chuyển đổi số 10/10), đếm người nhận và hẹn giờ gửi. Chiến dịch chỉ gửi sau khi một người duyệt khác người soạn bấm “Duyệt chiến dịch”."],
    ["Hướng dẫn từng bước và bài học", "Bot có các hướng dẫn từng bước (khai sinh trực tuyến, VNeID mức 2, báo cáo lừa đảo…) và các bài học kỹ năng số ngắn. Thẻ “Bài học, hướng dẫn” cho biết mỗi bài đã được học xong bao nhiêu lượt, bởi bao nhiêu người, bao nhiêu lượt trả lời đúng. Bấm “Sửa” để sửa nội dung một hướng dẫn hoặc bài học (dạng YAML, như tệp trong content/), rồi “Gửi duyệt”; một người duyệt khác người viết bấm “Xem” rồi “Duyệt và đăng”."],
    ["Cuộc thi", "Thẻ “Cuộc thi” tạo cuộc thi trắc nghiệm (thể lệ, thời gian, ngân hàng câu hỏi, câu hỏi phụ dự đoán). Người dân gõ “thi”, bấm nút “Tham gia” trong tin gửi (đánh dấu “Kèm nút Tham gia” khi soạn chiến dịch) hoặc mở liên kết có ?ref=CONTEST. Bảng xếp hạng cập nhật liên tục; tải kết quả (XLSX) có số điện thoại người đoạt giải đã đồng ý cung cấp."],
    ["Thử hỏi", "Thẻ “Thử hỏi” cho biết bot sẽ trả lời một câu hỏi thế nào, kể cả với các bản nháp chưa đăng."],
  ];

  function load() {
    const tab = document.getElementById("tab-help");
    if (tab.childElementCount === 0) {
      tab.append(el("h2", { textContent: "Hướng dẫn sử dụng" }),
        ...steps.map(([title, text]) => el("article", { className: "help" }, el("h3", { textContent: title }), el("p", { textContent: text }))));
    }
    return Promise.resolve();
  }

  // Shown above every page while there is too few staff for the two-person rule; checked when the workspace opens.
  async function warnIfAlone() {
    const summary = await admin.api("GET", "/staff-summary");
    let note = document.getElementById("staff-alone");
    const alone = summary.accounts < 2 || summary.publishers < 1;
    if (!alone) { note?.remove(); return; }
    if (!note) {
      note = el("p", { id: "staff-alone", className: "note" });
      note.setAttribute("role", "note");
      document.getElementById("app-view").prepend(note);
    }
    note.textContent = summary.accounts < 2
      ? "Mới có một tài khoản cán bộ. Mỗi nội dung phải do một người khác người viết duyệt, nên chưa đăng được gì: quản trị viên cần tạo thêm ít nhất một tài khoản có quyền duyệt (publisher), bằng lệnh “users add” hoặc /admin/api/users (xem README)."
      : "Chưa có tài khoản nào có quyền duyệt (publisher), nên chưa đăng được gì: quản trị viên cần tạo một tài khoản publisher.";
  }

  admin.tabs.help = load;
  // The workspace opens on its first tab once signed in: watch for that instead of changing admin.js.
  new MutationObserver(() => { if (!document.getElementById("app-view").hidden) warnIfAlone().catch(() => {}); })
    .observe(document.getElementById("app-view"), { attributes: true, attributeFilter: ["hidden"] });
})();

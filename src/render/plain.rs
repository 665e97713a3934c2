//! A story's body as plain text to be read aloud: the words of paragraphs, headings and
//! list items, one block per paragraph. Tables, footnotes, images, code and raw HTML
//! are left out (an announcer cannot read them); a link keeps its words, not its address.
//! The sentence that leads into a table ("…như sau:") goes with the table: read alone,
//! it would announce figures that never come.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub(crate) fn plain_text(markdown: &str) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    // Depth inside something not read: a table, a footnote's text, an image, code.
    let mut skip = 0usize;
    for ev in Parser::new_ext(markdown, super::markdown::options()) {
        match ev {
            Event::Start(Tag::Table(_)) if skip == 0 => {
                drop_lead_in(&mut blocks);
                skip += 1
            }
            Event::Start(Tag::Table(_) | Tag::FootnoteDefinition(_) | Tag::Image { .. } | Tag::CodeBlock(_)) => {
                skip += 1
            }
            Event::End(TagEnd::Table | TagEnd::FootnoteDefinition | TagEnd::Image | TagEnd::CodeBlock) => {
                skip = skip.saturating_sub(1)
            }
            Event::Text(t) | Event::Code(t) if skip == 0 => cur.push_str(&t),
            Event::SoftBreak | Event::HardBreak if skip == 0 => cur.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_)) if skip == 0 => {
                let block = cur.split_whitespace().collect::<Vec<_>>().join(" ");
                if !block.is_empty() {
                    blocks.push(block);
                }
                cur.clear();
            }
            _ => {}
        }
    }
    let last = cur.split_whitespace().collect::<Vec<_>>().join(" ");
    if !last.is_empty() {
        blocks.push(last);
    }
    blocks.join("\n\n")
}

/// The last block's last sentence, when it ends with a colon (it leads into the table
/// that follows); the block itself when that is its only sentence.
fn drop_lead_in(blocks: &mut Vec<String>) {
    let Some(last) = blocks.last_mut() else { return };
    if !last.trim_end().ends_with(':') {
        return;
    }
    let body = last.trim_end().trim_end_matches(':');
    // The end of the sentence before: ". ", "! ", "? " (or "… ").
    let cut = body.rmatch_indices(['.', '!', '?', '…']).map(|(i, m)| i + m.len()).find(|&i| body[i..].starts_with(' '));
    match cut {
        Some(i) => *last = body[..i].to_owned(),
        None => {
            blocks.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_words_that_can_be_read_aloud() {
        let md = "## Kết quả\n\nNăm 2024, [hợp tác xã](https://x.vn) thu **6,2 tỷ đồng**.[^1]\n\n\
                  | a | b |\n|---|---|\n| 1 | 2 |\n\n![ảnh](media/a.jpg)\n\n- một\n- hai\n\n[^1]: Theo báo cáo.\n";
        assert_eq!(super::plain_text(md), "Kết quả\n\nNăm 2024, hợp tác xã thu 6,2 tỷ đồng.\n\nmột\n\nhai");
    }

    #[test]
    fn the_sentence_leading_into_a_table_goes_with_it() {
        let table = "| Năm | Tấn |\n|---|---|\n| 2023 | 22 |\n\n";
        let md = format!("Kết quả qua các năm như sau:\n\n{table}Dưa bán ở thành phố.");
        assert_eq!(super::plain_text(&md), "Dưa bán ở thành phố.");
        let md = format!("Chị ghi chép đủ. Kết quả như sau:\n\n{table}Hết.");
        assert_eq!(super::plain_text(&md), "Chị ghi chép đủ.\n\nHết.");
        // A paragraph before a table that does not lead into it stays.
        let md = format!("Trung tâm nhận 1.146 hồ sơ.\n\n{table}");
        assert_eq!(super::plain_text(&md), "Trung tâm nhận 1.146 hồ sơ.");
        // A colon elsewhere stays.
        assert_eq!(super::plain_text("Chị nói: làm được.\n\nHết:"), "Chị nói: làm được.\n\nHết:");
    }
}

//! A story's body as plain text to be read aloud: the words of paragraphs, headings and
//! list items, one block per paragraph. Tables, footnotes, images, code and raw HTML
//! are left out (an announcer cannot read them); a link keeps its words, not its address.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub fn plain_text(markdown: &str) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    // Depth inside something not read: a table, a footnote's text, an image, code.
    let mut skip = 0usize;
    for ev in Parser::new_ext(markdown, super::markdown::options()) {
        match ev {
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

#[cfg(test)]
mod tests {
    #[test]
    fn only_words_that_can_be_read_aloud() {
        let md = "## Kết quả\n\nNăm 2024, [hợp tác xã](https://x.vn) thu **6,2 tỷ đồng**.[^1]\n\n\
                  | a | b |\n|---|---|\n| 1 | 2 |\n\n![ảnh](media/a.jpg)\n\n- một\n- hai\n\n[^1]: Theo báo cáo.\n";
        assert_eq!(super::plain_text(md), "Kết quả\n\nNăm 2024, hợp tác xã thu 6,2 tỷ đồng.\n\nmột\n\nhai");
    }
}

//! Free text as the hall accepts it: no control characters and no invisible
//! formatting that changes how a text reads. A NUL cuts a name short in other
//! systems, a bell or escape sequence acts on a terminal that shows a log, and a
//! right-to-left override makes `张三\u{202E}txt.exe` read as something else; none of
//! them belongs in a name, an address or an answer. Every parser of free text
//! in this crate asks [`character_problem`].

/// Whether free text may hold line breaks and tabs (a long answer) or not (a
/// name, a street, a one-line answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// The first character of `text` the hall refuses in free text, if any: a
/// control character (line breaks and tabs only where `lines` allows them),
/// a bidirectional override, embedding, isolate or mark, a line or paragraph
/// separator, or a byte order mark.
pub fn refused_character(text: &str, lines: Lines) -> Option<char> {
    text.chars().find(|&c| is_refused(c, lines))
}

fn is_refused(c: char, lines: Lines) -> bool {
    match c {
        '\n' | '\t' | '\r' => lines == Lines::One,
        // Bidirectional marks, embeddings, overrides and isolates.
        '\u{200E}'
        | '\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => true,
        '\u{2028}' | '\u{2029}' | '\u{FEFF}' => true,
        c => c.is_control(),
    }
}

/// Why free text is refused, with the sentence the user reads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("{what}含有不能使用的特殊字符（U+{:04X}），请删除后重新填写", u32::from(*.character))]
    Refused { what: String, character: char },
    #[error("请填写{what}")]
    Empty { what: String },
    #[error("{what}应为 {min} 至 {max} 个字")]
    Length {
        what: String,
        min: usize,
        max: usize,
    },
}

/// That `what` holds a character the hall refuses, if it does.
pub fn character_problem(text: &str, lines: Lines, what: &str) -> Option<TextError> {
    refused_character(text, lines).map(|character| TextError::Refused {
        what: what.to_owned(),
        character,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_passes() {
        for text in [
            "张三",
            "Zhang San-Li",
            "谯城区 花戏楼路 1 号（东门）",
            "O'Brien",
            "👨‍👩‍👧",
        ] {
            assert_eq!(refused_character(text, Lines::One), None, "{text}");
        }
        assert_eq!(refused_character("第一行\n第二行\t完", Lines::Many), None);
    }

    #[test]
    fn control_and_bidi_characters_are_refused() {
        for (text, found) in [
            ("张\0三", '\0'),
            ("张三\u{7}", '\u{7}'),
            ("\u{1b}[31m张三", '\u{1b}'),
            ("张三\u{202E}txt.exe", '\u{202E}'),
            ("\u{2066}张三", '\u{2066}'),
            ("张\u{200F}三", '\u{200F}'),
            ("\u{FEFF}张三", '\u{FEFF}'),
            ("张三\u{85}", '\u{85}'),
            ("张三\n", '\n'),
        ] {
            assert_eq!(refused_character(text, Lines::One), Some(found), "{text:?}");
        }
        assert_eq!(refused_character("答\0案", Lines::Many), Some('\0'));
        assert_eq!(
            refused_character("答\u{202E}案", Lines::Many),
            Some('\u{202E}')
        );
    }

    #[test]
    fn the_sentence_names_the_character() {
        assert_eq!(
            character_problem("张\u{202E}三", Lines::One, "姓名")
                .map(|problem| problem.to_string()),
            Some("姓名含有不能使用的特殊字符（U+202E），请删除后重新填写".to_owned())
        );
    }
}

import { useRef, type ReactNode } from 'react';
import './content.css';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { Button, Flex, Tooltip, message } from 'antd';
import { BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, PictureOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { uploadArticleImage } from './api';

type RichTextEditorProps = { value: string; onChange: (html: string) => void; agencyId: number | undefined; labelledBy: string };

/**
 * The article's body, edited with Tiptap (mounted once the article is loaded: `value` is its starting content): paragraphs, headings, emphasis, lists, quotes, links, and
 * images uploaded to the platform (the server re-encodes them and sanitizes the HTML on saving).
 */
export function RichTextEditor({ value, onChange, agencyId, labelledBy }: RichTextEditorProps) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] } }), Image],
    content: value,
    editorProps: { attributes: { 'aria-labelledby': labelledBy, 'aria-multiline': 'true', role: 'textbox', class: 'content-editor-area' } },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false, italic: e?.isActive('italic') ?? false, h2: e?.isActive('heading', { level: 2 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false, ordered: e?.isActive('orderedList') ?? false, link: e?.isActive('link') ?? false,
    }),
  });
  const setLink = () => {
    if (!editor) return;
    const previous = editor.getAttributes('link').href as string | undefined;
    const href = window.prompt(t('content.editor.linkPrompt'), previous ?? 'https://');
    if (href === null) return;
    if (href.trim() === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  const addImage = async (file: File | undefined) => {
    if (!editor || !file || !agencyId) return;
    try {
      const image = await uploadArticleImage(agencyId, file);
      editor.chain().focus().setImage({ src: image.url, alt: file.name.replace(/\.[^.]+$/, '') }).run();
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('common.error'));
    }
  };

  const tool = (label: string, icon: ReactNode, pressed: boolean, run: () => void) => (
    <Tooltip title={label}>
      <Button size="small" icon={icon} aria-label={label} aria-pressed={pressed} type={pressed ? 'primary' : 'default'} onClick={run} />
    </Tooltip>
  );
  return (
    <div className="content-editor">
      <Flex gap={4} wrap role="toolbar" aria-label={t('content.editor.toolbar')} className="content-editor-toolbar">
        {tool(t('content.editor.bold'), <BoldOutlined />, !!active?.bold, () => editor?.chain().focus().toggleBold().run())}
        {tool(t('content.editor.italic'), <ItalicOutlined />, !!active?.italic, () => editor?.chain().focus().toggleItalic().run())}
        <Button size="small" aria-pressed={!!active?.h2} type={active?.h2 ? 'primary' : 'default'} onClick={() => editor?.chain().focus().toggleHeading({ level: 2 }).run()}>
          {t('content.editor.heading')}
        </Button>
        {tool(t('content.editor.bullets'), <UnorderedListOutlined />, !!active?.bullet, () => editor?.chain().focus().toggleBulletList().run())}
        {tool(t('content.editor.numbers'), <OrderedListOutlined />, !!active?.ordered, () => editor?.chain().focus().toggleOrderedList().run())}
        {tool(t('content.editor.link'), <LinkOutlined />, !!active?.link, setLink)}
        {tool(t('content.editor.image'), <PictureOutlined />, false, () => fileInput.current?.click())}
        <input ref={fileInput} type="file" accept="image/jpeg,image/png" style={{ display: 'none' }} tabIndex={-1} aria-hidden="true" aria-label={t('content.editor.image')}
          onChange={(e) => { void addImage(e.target.files?.[0]); e.target.value = ''; }} />
      </Flex>
      <EditorContent editor={editor} />
    </div>
  );
}

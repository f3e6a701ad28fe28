// Words of the snippet builder (the embed view), zh + en in one shape, in the feature's own module.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface EmbedMessages {
  title: string;
  intro: string;
  chain: string;
  scopeName: string;
  lang: string;
  langZh: string;
  langEn: string;
  height: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  kind: string;
  kindScript: string;
  kindIframe: string;
  snippet: string;
  copy: string;
  copied: string;
  copyFailed: string;
  preview: string;
  previewTitle: string;
  allowlistNote: string;
  openBuilder: string;
  noChains: string;
}

const zh: EmbedMessages = {
  title: '嵌入到网站',
  intro: '选择产业链、园区或地区、语言、尺寸和配色，把生成的代码粘贴到门户网站的页面中。嵌入的图谱只读，只显示公开数据。',
  chain: '产业链',
  scopeName: '标题中的园区或地区名称（可选）',
  lang: '图谱语言',
  langZh: '中文',
  langEn: '英文',
  height: '图谱高度（像素）',
  theme: '配色',
  themeLight: '浅色',
  themeDark: '深色',
  kind: '嵌入方式',
  kindScript: '脚本（<chain-map> 元素）',
  kindIframe: 'iframe（不允许脚本的网站）',
  snippet: '嵌入代码',
  copy: '复制代码',
  copied: '已复制',
  copyFailed: '无法复制，请手动选中代码复制',
  preview: '预览',
  previewTitle: '产业链图谱嵌入预览',
  allowlistNote: '门户网站的地址须列入服务器的 CORS_ORIGINS，嵌入才会生效（见 docs/embed.md）。',
  openBuilder: '嵌入到网站',
  noChains: '暂无产业链。',
};

const en: EmbedMessages = {
  title: 'Embed on a website',
  intro:
    'Choose a chain, a park or region, the language, size and colours, then paste the snippet into a portal page. The embedded map is read-only and shows public data only.',
  chain: 'Chain',
  scopeName: 'Park or region name for the title (optional)',
  lang: 'Map language',
  langZh: 'Chinese',
  langEn: 'English',
  height: 'Map height (pixels)',
  theme: 'Colours',
  themeLight: 'Light',
  themeDark: 'Dark',
  kind: 'Embed as',
  kindScript: 'Script (<chain-map> element)',
  kindIframe: 'iframe (sites that allow no scripts)',
  snippet: 'Snippet',
  copy: 'Copy snippet',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the snippet and copy it by hand',
  preview: 'Preview',
  previewTitle: 'Preview of the embedded chain map',
  allowlistNote: "The portal's address must be on the server's CORS_ORIGINS for the embed to work (see docs/embed.md).",
  openBuilder: 'Embed on a website',
  noChains: 'No chains yet.',
};

const MESSAGES: Record<Lang, EmbedMessages> = { zh, en };

export function useEmbedT(): EmbedMessages {
  return MESSAGES[useLang()];
}

/**
 * Texts of the twenty-eighth held-out part (heldout28-templates.ts): each of its five families prints text of its own
 * kind — a developer's post on a tech community blog (with code between paragraphs), a Q&A site's column article, a
 * listed company's 投资者关系 news, a self-media account's article and a local TV station's news script — two texts a
 * family. Names, companies and figures are illustrative.
 */
import type { PoolArticle } from './pool.js';

/** A text of this part; `family` names the template that prints it. */
export interface Held28Article extends PoolArticle {
  family: 'blog' | 'column' | 'ir' | 'selfmedia' | 'tv';
  /** On the blog pages: a code listing printed after the paragraph of this index. */
  code?: { after: number; lang: string; lines: string[] };
  /** On the column and self-media pages: the account or writer's one-line intro on the card. */
  intro?: string;
  /** On the column pages: the later time the text was edited (`编辑于`), printed apart from the publication time. */
  edited?: string;
  /** On the TV pages: the camera operator credited beside the reporter. */
  camera?: string;
}

export const HELDOUT28_POOL: Held28Article[] = [
  {
    family: 'blog',
    title: '用 Rust 重写日志采集代理后，内存占用从 1.2GB 降到 90MB',
    paras: [
      '我们的日志采集代理原本用 Python 编写，部署在四百多台边缘节点上，高峰期单机内存经常超过 1.2GB，偶尔还会被系统杀掉。',
      '重写时最先处理的是行缓冲：旧代码把整个文件块读进内存再按换行切分，新版本改用固定大小的环形缓冲区，每次只保留未完整的最后一行。',
      '上线两周后统计，单机常驻内存稳定在 90MB 左右，CPU 占用下降约四成，丢日志的告警从每周十几次降到零。',
      '需要提醒的是，重写并不是银弹。团队为此投入了三个人月，如果你的瓶颈在网络或磁盘，先做好剖析再决定要不要换语言。',
    ],
    code: { after: 1, lang: 'rust', lines: ['let mut buf = RingBuffer::with_capacity(64 * 1024);', 'while let Some(chunk) = reader.next_chunk()? {', '    for line in buf.push(chunk).lines() {', '        sink.send(line)?;', '    }', '}'] },
    author: '云原生老周',
    source: '',
    date: '2026-11-18T21:37',
    editor: '',
  },
  {
    family: 'blog',
    title: 'PostgreSQL 分区表踩坑记录：一次慢查询排查全过程',
    paras: [
      '上周五晚上，订单服务的一个列表接口响应时间突然从 80 毫秒涨到 6 秒，监控显示数据库 CPU 打满，而业务量并没有明显变化。',
      '查看执行计划后发现，查询条件里的时间字段被包在了函数里，优化器无法做分区裁剪，结果一次扫描了全部三十六个月的分区。',
      '把条件改写成范围比较后，执行计划只命中当月分区，接口耗时回落到 60 毫秒以内。我们随后在代码评审清单里加了一条：分区键上不许套函数。',
      '另外建议在测试环境保留与生产相近的数据量，很多分区相关的问题在只有几千行数据时根本暴露不出来。',
    ],
    code: { after: 1, lang: 'sql', lines: ['-- 改写前：无法裁剪分区', "SELECT * FROM orders WHERE date_trunc('day', created_at) = '2026-10-09';", '-- 改写后', "SELECT * FROM orders WHERE created_at >= '2026-10-09' AND created_at < '2026-10-10';"] },
    author: 'db_hunter',
    source: '',
    date: '2026-10-12T08:05',
    editor: '',
  },
  {
    family: 'column',
    title: '为什么县城的奶茶店越开越多？一个加盟商的账本',
    paras: [
      '去年春天，我在老家县城的步行街盘下了一间三十平方米的门面，加盟了一个区域奶茶品牌，前后投入了二十八万元。',
      '第一年的账本很简单：房租每月六千，两个店员工资八千，原料和包材占营业额的百分之三十五，平台抽成另算。旺季一天能卖四百杯，淡季不到一百杯。',
      '真正让人意外的是竞争速度。开业时整条街只有三家奶茶店，一年后变成了九家，其中四家是同一个品牌的不同加盟商。',
      '算下来，我用了十四个月才回本。如果你也想回县城开店，我的建议是先去街上数一数人流，再去问一问房东上一个租户为什么走。',
    ],
    intro: '县城创业者，写点小生意的真实账本',
    author: '李木子',
    source: '',
    date: '2026-09-06T10:22',
    edited: '2026-09-08T23:41',
    editor: '',
  },
  {
    family: 'column',
    title: '从零开始学做播客：第一年我们踩过的七个坑',
    paras: [
      '我们的播客是在一张餐桌上开始的：两支一百多元的麦克风，一台旧笔记本，还有三个对城市史感兴趣的朋友。',
      '第一个坑是音质。前十期都在客厅录，混响很重，听众留言说像在澡堂里聊天。后来我们在衣柜里挂满了被子，效果立刻好了很多。',
      '第二个坑是更新频率。一开始承诺每周更新，结果第二个月就断更了。现在改为双周更新，反而攒下了更稳定的听众。',
      '一年下来，节目累计播放二十三万次，收入只够买设备。但我们依然觉得值得，因为做节目逼着我们把喜欢的事情认真想清楚。',
    ],
    intro: '城市史爱好者，播客《街角》主播',
    author: '周一鸣',
    source: '',
    date: '2026-08-14T19:50',
    edited: '2026-10-02T09:13',
    editor: '',
  },
  {
    family: 'ir',
    title: '公司召开2026年第三季度业绩说明会',
    paras: [
      '2026年11月5日下午，公司通过网络互动方式召开2026年第三季度业绩说明会，公司董事长、总经理、财务总监及董事会秘书出席会议。',
      '会上，公司管理层介绍了前三季度经营情况。报告期内，公司实现营业收入四十八点六亿元，同比增长百分之十二点三；归属于上市公司股东的净利润三点九亿元，同比增长百分之九点八。',
      '针对投资者关心的海外产能建设进展，董事会秘书表示，东南亚生产基地一期工程已完成设备调试，预计明年一季度开始批量供货。',
      '本次说明会共收到投资者提问六十二个，公司对其中的主要问题进行了集中回复，具体内容详见公司在指定信息披露媒体发布的投资者关系活动记录表。',
    ],
    author: null,
    source: '证券事务部',
    date: '2026-11-06T16:30',
    editor: '',
  },
  {
    family: 'ir',
    title: '公司荣获第十五届上市公司投资者关系管理天马奖',
    paras: [
      '近日，第十五届中国上市公司投资者关系管理天马奖评选结果揭晓，公司荣获“最佳投资者关系管理奖”。',
      '该奖项由专业财经媒体联合多家研究机构主办，从信息披露质量、投资者沟通效率、市场认可度等维度对参评公司进行综合评价。',
      '近年来，公司持续完善投资者关系管理工作机制，通过业绩说明会、投资者调研接待和互动平台答复等多种形式，与投资者保持常态化沟通。',
      '公司将以此次获奖为契机，继续提高信息披露透明度，切实维护广大投资者特别是中小投资者的合法权益。',
    ],
    author: null,
    source: '董事会办公室',
    date: '2026-12-02T09:00',
    editor: '',
  },
  {
    family: 'selfmedia',
    title: '一台二手挖掘机的三次转手：工程机械二手市场里的门道',
    paras: [
      '在城郊的一处二手工程机械交易场，停着一百多台挖掘机，车身上贴着手写的价格和小时数，最便宜的一台报价不到十万元。',
      '交易场老板老郑告诉我，一台使用五年、工作八千小时的中型挖掘机，在本地大概能卖到新车价格的四成，如果转运到东南亚，价格还能再高两成。',
      '门道在于仪表小时数。有的卖家会调表，买家一般会看履带、销轴和油缸的磨损情况来判断真实工况，这比仪表上的数字可靠得多。',
      '随着基建项目节奏变化，二手设备的流向也在变。老郑说，今年他经手的设备里，有一半最后去了海外工地。',
    ],
    intro: '关注工程机械和基建产业链',
    author: null,
    source: '机械观察室',
    date: '2026-10-27T12:18',
    editor: '',
  },
  {
    family: 'selfmedia',
    title: '社区团购退潮后，小区门口的菜店活下来了吗',
    paras: [
      '三年前，小区门口的两家菜店几乎被社区团购挤垮，其中一家关门半年。如今再去看，这两家店都还开着，而且都换了活法。',
      '老板娘张姐把店里三分之一的面积改成了熟食档，每天下午四点后最忙。她说，熟食的毛利比蔬菜高一倍，也是团购平台送不了的东西。',
      '另一家店则加入了附近几个小区的微信群，接受群内预订，第二天早上到店自提。店主说，这种方式让他的损耗率从百分之十二降到了百分之五。',
      '社区商业的韧性，往往藏在这些细小的调整里。平台来了又走，真正留下来的，是那些离居民最近、也最懂居民的人。',
    ],
    intro: '记录城市里的小生意',
    author: '陈小满',
    source: '街巷经济笔记',
    date: '2026-11-09T07:45',
    editor: '',
  },
  {
    family: 'tv',
    title: '我市开通首条跨城通勤定制公交 单程缩短四十分钟',
    paras: [
      '今天早上六点半，我市首条跨城通勤定制公交从市行政中心站发车，开往邻市高新区，首日共有八十七名乘客预约乘车。',
      '这条线路全程五十八公里，中途只停靠三站，走高速直达，单程时间由原来换乘地铁和城际的一小时五十分钟缩短到一小时十分钟左右。',
      '乘客可以通过市公交集团的小程序提前一天预约座位，票价按月卡计算，每月六百元，比自驾通勤的油费和过路费节省近一半。',
      '市交通运输局表示，将根据首月客流情况，研究增开早晚班次，并计划在明年上半年开通第二条跨城通勤线路。',
    ],
    author: '王可欣',
    camera: '赵磊',
    source: '某某广播电视台',
    date: '2026-11-16T18:42',
    editor: '孙婷',
  },
  {
    family: 'tv',
    title: '老旧小区加装电梯提速 今年已有一百二十部投入使用',
    paras: [
      '在城南街道的幸福里小区，一部新装的电梯刚刚通过验收。七十六岁的刘大爷第一次坐电梯回到五楼的家，连说了好几遍“方便多了”。',
      '记者从市住建局了解到，今年以来全市老旧小区已开工加装电梯一百八十六部，其中一百二十部已投入使用，数量超过过去三年的总和。',
      '提速的关键在于流程简化。今年起，加装电梯的规划审批和施工许可合并办理，审批时间由原来的两个月压缩到二十个工作日以内。',
      '对于低层住户担心的采光和噪声问题，住建部门推行了协商调解机制，由街道、社区和设计单位共同参与，帮助居民达成一致。',
    ],
    author: '黄思琪',
    camera: '钱宇航',
    source: '某某广播电视台',
    date: '2026-12-04T19:05',
    editor: '李娜',
  },
];

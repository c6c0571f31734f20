import { describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { filterAccepts } from '../src/search/entity-names.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { bulletinSearch, companyArticle } from './search-fixture.js';

const BULLETIN: Bulletin = {
  publication: '制造周报',
  issueDate: '2025-06-09',
  sections: ['企业情报'],
  warnings: [],
  articles: [
    companyArticle('影像设备商调低全年预期', '西门子医疗宣布下调诊断业务全年预期。'),
    companyArticle('汉诺威展上的工业软件', '西门子在汉诺威发布新一代工业软件。'),
    companyArticle('泰国工厂投产', '长城汽车在泰国的工厂投产。'),
    companyArticle('车载电子扩产', '长城汽车电子在保定扩产。'),
    companyArticle('服务器新品发布', '长城科技股份有限公司发布服务器新品。'),
  ],
};

describe('an entity filter on a company and the stored names of its subsidiaries', () => {
  const stored = ['西门子医疗', '西门子', '工业和信息化部能源'];

  it('accepts a stored name of the company and a business word, by any of its names', () => {
    expect(filterAccepts('西门子', sharedAliases(), stored, []).names).toContain('西门子医疗');
    expect(filterAccepts('Siemens', sharedAliases(), stored, []).names).toContain('西门子医疗');
  });

  it('accepts none for a body that is no company, nor the group for its subsidiary', () => {
    expect(filterAccepts('工信部', sharedAliases(), stored, []).names).not.toContain('工业和信息化部能源');
    expect(filterAccepts('西门子医疗', sharedAliases(), stored, []).names).not.toContain('西门子');
  });
});

describe.each(BACKENDS)('subsidiaries named by business on the $name store', (backend) => {
  const { titles } = bulletinSearch(backend, 'subsidiaries', BULLETIN);

  it('finds by the group, as a filter and an entity: term, the article naming its subsidiary', async () => {
    const both = ['影像设备商调低全年预期', '汉诺威展上的工业软件'];
    expect(await titles('', ['西门子'])).toEqual(both);
    expect(await titles('', ['Siemens'])).toEqual(both);
    expect(await titles('entity:西门子')).toEqual(both);
  });

  it('finds by the subsidiary its article alone', async () => {
    expect(await titles('', ['西门子医疗'])).toEqual(['影像设备商调低全年预期']);
  });

  it('leaves out another company sharing the opening without a business word', async () => {
    expect(await titles('', ['长城汽车'])).toEqual(['泰国工厂投产', '车载电子扩产']);
  });
});

// Which source file paths a graph may name: only files in its own folder or below.
import { sourcePathProblem } from '../../src/domain/sourcePath';

it('accepts paths inside the graph file’s folder', () => {
  for (const path of ['article.txt', './article.txt', 'texts/article.txt', 'a/../article.txt'])
    expect(sourcePathProblem(path)).toBeNull();
});

it.each([
  ['../article.txt', "leads outside the graph file's folder"],
  ['texts/../../article.txt', "leads outside the graph file's folder"],
  ['..\\..\\windows\\win.ini', "leads outside the graph file's folder"],
  ['/etc/passwd', 'is an absolute path; give a path relative to the graph file'],
  ['\\\\server\\share\\a.txt', 'is an absolute path; give a path relative to the graph file'],
  ['file:///etc/passwd', 'is a URL or a drive path; give a path relative to the graph file'],
  ['https://example.com/a.txt', 'is a URL or a drive path; give a path relative to the graph file'],
  ['C:\\article.txt', 'is a URL or a drive path; give a path relative to the graph file'],
  ['article.txt\u0000.json', 'contains a NUL character'],
])('refuses %s', (path, problem) => {
  expect(sourcePathProblem(path)).toBe(problem);
});
